package org.indicatortracker.source;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.account.RegionAccess;
import org.indicatortracker.domain.SourceKind;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Versions;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Documents that figures are taken from")
public class SourceResource {

    @Inject
    SecurityIdentity identity;

    @Schema(name = "SourceInput", example = """
            {"title":"2023年伊春市政府工作报告","issuingBody":"伊春市人民政府","region":"230700",
             "publishedOn":"2023-01-03","kind":"work_report"}""")
    public record SourceInput(@NotBlank @Size(max = 500) String title,
                              @Size(max = 200) String issuingBody,
                              @Size(max = 16) String region,
                              LocalDate publishedOn,
                              @NotNull SourceKind kind,
                              @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String url,
                              @Schema(description = "Required for PUT: the version you read") Long version) {
    }

    @Schema(name = "Source")
    public record SourceView(long id, String title, String issuingBody, String region, LocalDate publishedOn,
                             SourceKind kind, String url, long version) {
        static SourceView of(SourceDocument d) {
            return new SourceView(d.id, d.title, d.issuingBody, d.regionCode, d.publishedOn, d.kind, d.url, d.version);
        }
    }

    @GET
    @Operation(summary = "Every source document, newest first (optionally of one region)")
    public List<SourceView> list(@QueryParam("region") String region) {
        String code = Params.code("region", region);
        if (code != null && Region.byCode(code).isEmpty()) {
            throw ApiException.notFound("No region has code '" + code + "'.");
        }
        return SourceDocument.ordered(code).stream().map(SourceView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source document")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@PathParam("id") String id) {
        return SourceView.of(find(id));
    }

    @POST
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Register a source document")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@Valid @NotNull SourceInput in) {
        SourceDocument d = register(in, identity);
        return Response.created(URI.create("/api/v1/sources/" + d.id)).entity(SourceView.of(d)).build();
    }

    /** Checks a validated input and stores it; shared with the extraction commit. Throws {@link ApiException} (400). */
    public static SourceDocument register(SourceInput in, io.quarkus.security.identity.SecurityIdentity identity) {
        SourceDocument d = new SourceDocument();
        apply(in, d);
        RegionAccess.requireEditable(identity, d.regionCode);
        d.persist();
        return d;
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Correct a source document (send the version you read)")
    public SourceView update(@PathParam("id") String id, @Valid @NotNull SourceInput in) {
        SourceDocument d = find(id);
        RegionAccess.requireEditable(identity, d.regionCode);
        Versions.check(in.version(), d.version, SourceView.of(d));
        apply(in, d);
        RegionAccess.requireEditable(identity, d.regionCode);
        d.flush();
        return SourceView.of(d);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove a source document no figure cites")
    @APIResponse(responseCode = "409", description = "Figures still cite it")
    public Response delete(@PathParam("id") String id) {
        SourceDocument d = find(id);
        RegionAccess.requireEditable(identity, d.regionCode);
        d.delete();
        d.flush();
        return Response.noContent().build();
    }

    private static SourceDocument find(String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        return SourceDocument.byId(key).orElseThrow(() -> ApiException.notFound("No source document has id " + key + "."));
    }

    private static void apply(SourceInput in, SourceDocument d) {
        if (in.region() != null && Region.byCode(in.region()).isEmpty()) {
            throw ApiException.badRequest("region", "no region has code '" + in.region() + "'");
        }
        d.title = in.title();
        d.issuingBody = in.issuingBody();
        d.regionCode = in.region();
        d.publishedOn = in.publishedOn();
        d.kind = in.kind();
        d.url = in.url();
    }
}

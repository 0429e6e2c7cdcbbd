package org.indicatortracker.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.indicator.IndicatorPayloads.IndicatorInput;
import org.indicatortracker.indicator.IndicatorPayloads.IndicatorView;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Versions;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The catalogue of measures, shared by every region")
public class IndicatorResource {

    @GET
    @Operation(summary = "Every indicator, optionally of one category (economy, fiscal, tourism, ecology, ...)")
    public List<IndicatorView> list(@QueryParam("category") String category) {
        return Indicator.ordered(Params.code("category", category)).stream().map(IndicatorView::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One indicator by its key")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorView get(@PathParam("key") String key) {
        return IndicatorView.of(find(key));
    }

    @POST
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Add an indicator (admin)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The key is taken")
    public Response create(@Valid @NotNull IndicatorInput in) {
        if (Indicator.byKey(in.key()).isPresent()) {
            throw ApiException.conflict("An indicator with key '" + in.key() + "' already exists.");
        }
        Indicator i = new Indicator();
        i.key = in.key();
        apply(in, i);
        i.persist();
        return Response.created(URI.create("/api/v1/indicators/" + i.key)).entity(IndicatorView.of(i)).build();
    }

    @PUT
    @Path("{key}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Change an indicator (admin; send the version you read)")
    public IndicatorView update(@PathParam("key") String key, @Valid @NotNull IndicatorInput in) {
        Indicator i = find(key);
        Versions.check(in.version(), i.version, IndicatorView.of(i));
        if (!i.key.equals(in.key())) {
            throw ApiException.badRequest("key", "cannot be changed: other data refers to it");
        }
        apply(in, i);
        i.flush();
        return IndicatorView.of(i);
    }

    @DELETE
    @Path("{key}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Remove an indicator that no figure uses (admin)")
    @APIResponse(responseCode = "409", description = "Still used by figures")
    public Response delete(@PathParam("key") String key) {
        Indicator i = find(key);
        i.delete();
        i.flush();
        return Response.noContent().build();
    }

    private static Indicator find(String key) {
        String k = Params.requiredCode("key", key);
        return Indicator.byKey(k).orElseThrow(() -> ApiException.notFound("No indicator has key '" + k + "'."));
    }

    private static void apply(IndicatorInput in, Indicator i) {
        i.nameZh = in.nameZh();
        i.nameEn = in.nameEn();
        i.unit = in.unit();
        i.category = in.category();
        i.direction = in.direction();
        i.valueKind = in.valueKind();
        i.defaultTolerance = in.defaultTolerance();
        i.aliases.clear();
        if (in.aliases() != null) {
            i.aliases.addAll(new LinkedHashSet<>(in.aliases().stream().map(String::trim).toList()));
        }
    }
}

package org.indicatortracker.region;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.region.RegionPayloads.RegionInput;
import org.indicatortracker.region.RegionPayloads.RegionView;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem.FieldError;
import org.indicatortracker.system.Versions;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The country and its administrative divisions")
public class RegionResource {

    @GET
    @Operation(summary = "Every region, country first")
    public List<RegionView> list() {
        return Region.ordered().stream().map(RegionView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One region by its code")
    @APIResponse(responseCode = "404", description = "No such region")
    public RegionView get(@PathParam("code") String code) {
        return RegionView.of(find(code));
    }

    @POST
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Add a region (admin)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull RegionInput in) {
        if (Region.byCode(in.code()).isPresent()) {
            throw ApiException.conflict("A region with code '" + in.code() + "' already exists.");
        }
        Region r = new Region();
        r.code = in.code();
        apply(in, r);
        r.persist();
        return Response.created(URI.create("/api/v1/regions/" + r.code)).entity(RegionView.of(r)).build();
    }

    @PUT
    @Path("{code}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Change a region (admin; send the version you read)")
    public RegionView update(@PathParam("code") String code, @Valid @NotNull RegionInput in) {
        Region r = find(code);
        Versions.check(in.version(), r.version, RegionView.of(r));
        if (!r.code.equals(in.code())) {
            throw ApiException.badRequest("code", "cannot be changed; add a new region with valid dates instead");
        }
        apply(in, r);
        r.flush();
        return RegionView.of(r);
    }

    @DELETE
    @Path("{code}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Remove a region that no figure uses (admin)")
    @APIResponse(responseCode = "409", description = "Still used by figures, sources or child regions")
    public Response delete(@PathParam("code") String code) {
        Region r = find(code);
        r.delete();
        r.flush();
        return Response.noContent().build();
    }

    private static Region find(String code) {
        String c = Params.requiredCode("code", code);
        return Region.byCode(c).orElseThrow(() -> ApiException.notFound("No region has code '" + c + "'."));
    }

    private static void apply(RegionInput in, Region r) {
        List<FieldError> errors = new ArrayList<>();
        if (in.parent() != null) {
            if (in.parent().equals(in.code())) {
                errors.add(new FieldError("parent", "a region cannot be its own parent"));
            } else if (Region.byCode(in.parent()).isEmpty()) {
                errors.add(new FieldError("parent", "no region has code '" + in.parent() + "'"));
            }
        }
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            errors.add(new FieldError("validTo", "must not be before validFrom"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        r.nameZh = in.nameZh();
        r.nameEn = in.nameEn();
        r.level = in.level();
        r.parentCode = in.parent();
        r.validFrom = in.validFrom();
        r.validTo = in.validTo();
    }
}

package org.indicatortracker.figure;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.ActualPayloads.ActualInput;
import org.indicatortracker.figure.ActualPayloads.ActualView;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Paged;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Versions;

@Path("/api/v1/actuals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "Outcomes as released, one per vintage (estimate, preliminary, final, revised)")
public class ActualResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "List outcomes", description = "Every vintage is kept; filter with vintage=. status=draft|all needs an editor.")
    @APIResponse(responseCode = "200", description = "{ items, page, size, total }")
    @APIResponse(responseCode = "404", description = "Unknown region or indicator in a filter")
    public Paged<ActualView> list(@QueryParam("region") String region, @QueryParam("indicator") String indicator,
                                  @QueryParam("year") String year, @QueryParam("vintage") String vintage,
                                  @QueryParam("status") String status,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        String regionCode = Params.code("region", region);
        String indicatorKey = Params.code("indicator", indicator);
        Integer y = Params.year("year", year);
        Vintage v = Params.enumCode("vintage", vintage, Vintage.class);
        Paged.Request paging = Paged.Request.of(page, size);
        List<PublicationStatus> statuses = FigureChecks.visible(status, identity);
        FigureChecks.requireFilterTargets(regionCode, indicatorKey);

        FigureQuery query = new FigureQuery("Actual", statuses)
                .eq("regionCode", regionCode).eq("indicatorKey", indicatorKey).eq("year", y).eq("vintage", v);
        PanacheQuery<Actual> found = Actual.find(query.query("regionCode, indicatorKey, year, publishedOn, id"), query.params())
                .page(paging.page(), paging.size());
        return new Paged<>(found.list().stream().map(ActualView::of).toList(), paging.page(), paging.size(), found.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outcome")
    @APIResponse(responseCode = "404", description = "No such outcome")
    public ActualView get(@PathParam("id") String id) {
        Actual a = find(id);
        if (a.status != PublicationStatus.PUBLISHED && identity.isAnonymous()) {
            throw ApiException.notFound("No outcome has id " + a.id + ".");
        }
        return ActualView.of(a);
    }

    @POST
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Record an outcome release (a new vintage is a new record; earlier ones are kept)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "409", description = "This vintage with this publication date already exists")
    public Response create(@Valid @NotNull ActualInput in) {
        Actual a = persistNew(in, identity);
        return Response.created(URI.create("/api/v1/actuals/" + a.id)).entity(ActualView.of(a)).build();
    }

    /**
     * Checks a validated input (references, cross-field rules, duplicates) and stores it: the one path by which
     * outcomes are created, shared with the extraction commit. Throws {@link ApiException} (400/409) on a problem.
     */
    public static Actual persistNew(ActualInput in, SecurityIdentity identity) {
        Actual a = new Actual();
        apply(in, a);
        FigureChecks.requireRegion(identity, a.regionCode);
        duplicateCheck(a);
        a.persist();
        return a;
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Correct an outcome record (send the version you read; a stale version gets 409 with the current value)")
    @APIResponse(responseCode = "409", description = "Someone changed it since you read it")
    public ActualView update(@PathParam("id") String id, @Valid @NotNull ActualInput in) {
        Actual a = find(id);
        FigureChecks.requireRegion(identity, a.regionCode);
        Versions.check(in.version(), a.version, ActualView.of(a));
        apply(in, a);
        FigureChecks.requireRegion(identity, a.regionCode);
        duplicateCheck(a);
        a.flush();
        return ActualView.of(a);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Delete an outcome record (optionally ?version= to guard against a concurrent change)")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        Actual a = find(id);
        FigureChecks.requireRegion(identity, a.regionCode);
        if (Params.present(version)) {
            Versions.check((long) Params.integer("version", version, 0, Integer.MAX_VALUE), a.version, ActualView.of(a));
        }
        a.delete();
        return Response.noContent().build();
    }

    static Actual find(String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        return Actual.byId(key).orElseThrow(() -> ApiException.notFound("No outcome has id " + key + "."));
    }

    private static void apply(ActualInput in, Actual a) {
        var errors = FigureChecks.check(in);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        FigureChecks.copy(in, a);
        a.vintage = in.vintage();
        a.publishedOn = in.publishedOn();
        a.note = in.note();
    }

    private static void duplicateCheck(Actual a) {
        Actual.<Actual>find("regionCode = ?1 and indicatorKey = ?2 and year = ?3 and vintage = ?4 and publishedOn = ?5",
                        a.regionCode, a.indicatorKey, a.year, a.vintage, a.publishedOn)
                .stream().filter(other -> !other.id.equals(a.id)).findFirst()
                .ifPresent(other -> {
                    throw ApiException.conflict("The " + a.vintage.wire() + " outcome of " + a.regionCode + " "
                            + a.indicatorKey + " " + a.year + " published on " + a.publishedOn
                            + " already exists (id " + other.id + "). Edit it with PUT instead.");
                });
    }
}

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
import org.indicatortracker.audit.HistoryEntry;
import org.indicatortracker.publication.PublicationPayloads.WithdrawalInput;

@Path("/api/v1/actuals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "Outcomes as released, one per vintage (estimate, preliminary, final, revised)")
public class ActualResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    FigureEndpoints endpoints;

    /** How outcomes are found, filled, checked and shown; the shared endpoints and the extraction commit use it. */
    public static final FigureKind<Actual, ActualInput, ActualView> KIND = new FigureKind<>("outcome", "/api/v1/actuals", Actual.KIND,
            Actual::new, Actual::byId, Actual::draftCopyOf, ActualResource::apply, ActualResource::duplicateCheck, ActualView::of);

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
        return endpoints.get(KIND, id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of this outcome: who (editors only), when, how, old → new",
            description = "The public sees the outcome's life since it was first published, including a withdrawal and its reason.")
    @APIResponse(responseCode = "404", description = "No such outcome (or a draft, for the public)")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return endpoints.history(KIND, id);
    }

    @POST
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Record an outcome release (a new vintage is a new record; earlier ones are kept)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "409", description = "This vintage with this publication date already exists")
    public Response create(@Valid @NotNull ActualInput in) {
        return endpoints.create(KIND, in);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Correct an outcome record (send the version you read; a stale version gets 409 with the current value)")
    @APIResponse(responseCode = "409", description = "Someone changed it since you read it")
    public ActualView update(@PathParam("id") String id, @Valid @NotNull ActualInput in) {
        return endpoints.update(KIND, id, in);
    }

    @POST
    @Path("{id}/drafts")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Prepare a change of a published outcome as a draft (send the version you read)",
            description = "The published outcome stays public, unchanged, until the draft is published with POST /api/v1/publications; "
                    + "then the draft's content replaces it (same id, history kept).")
    @APIResponse(responseCode = "201", description = "The draft change (its draftOf is the published outcome)")
    @APIResponse(responseCode = "403", description = "A region limit excludes the figure or the region of the change")
    @APIResponse(responseCode = "409", description = "Not published, a stale version, or a draft change exists already "
            + "(then current holds that draft)")
    public Response draft(@PathParam("id") String id, @Valid @NotNull ActualInput in) {
        return endpoints.draft(KIND, id, in);
    }

    @POST
    @Path("{id}/withdrawal")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Withdraw a published outcome with a reason (send the version you read)",
            description = "Lists and verdicts stop showing it; its public history shows the withdrawal and the reason.")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "Not published, or a stale version")
    public ActualView withdraw(@PathParam("id") String id, @Valid @NotNull WithdrawalInput in) {
        return endpoints.withdraw(KIND, id, in);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Delete a draft outcome (optionally ?version= to guard against a concurrent change); published ones are withdrawn")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        return endpoints.delete(KIND, id, version);
    }

    private static void apply(ActualInput in, Actual a, PublicationStatus status) {
        var errors = FigureChecks.check(in);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        FigureChecks.copy(in, a);
        a.status = status;
        a.vintage = in.vintage();
        a.publishedOn = in.publishedOn();
        a.note = in.note();
    }

    /** The natural key is unique among live outcomes: draft changes and withdrawn outcomes do not count. */
    private static void duplicateCheck(Actual a) {
        Actual.<Actual>find("regionCode = ?1 and indicatorKey = ?2 and year = ?3 and vintage = ?4 and publishedOn = ?5 "
                                + "and draftOf is null and status <> ?6",
                        a.regionCode, a.indicatorKey, a.year, a.vintage, a.publishedOn, PublicationStatus.WITHDRAWN)
                .stream().filter(other -> !other.id.equals(a.id) && !other.id.equals(a.draftOf)).findFirst()
                .ifPresent(other -> {
                    throw ApiException.conflict("The " + a.vintage.wire() + " outcome of " + a.regionCode + " "
                            + a.indicatorKey + " " + a.year + " published on " + a.publishedOn
                            + " already exists (id " + other.id + "). Edit it with PUT instead.");
                });
    }
}

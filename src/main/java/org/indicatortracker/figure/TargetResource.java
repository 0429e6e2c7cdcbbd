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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.figure.TargetPayloads.TargetInput;
import org.indicatortracker.figure.TargetPayloads.TargetView;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Paged;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem.FieldError;
import org.indicatortracker.audit.HistoryEntry;
import org.indicatortracker.publication.PublicationPayloads.WithdrawalInput;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Targets announced in work reports, with their wording and source")
public class TargetResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    FigureEndpoints endpoints;

    /** How targets are found, filled, checked and shown; the shared endpoints and the extraction commit use it. */
    public static final FigureKind<Target, TargetInput, TargetView> KIND = new FigureKind<>("target", "/api/v1/targets", Target.KIND,
            Target::new, Target::byId, Target::draftCopyOf, TargetResource::apply, TargetResource::duplicateCheck, TargetView::of);

    @GET
    @Operation(summary = "List targets",
            description = "Current targets (the revision adopted last) by default; current=false lists every revision. "
                    + "status=draft|all needs an editor.")
    @APIResponse(responseCode = "200", description = "{ items, page, size, total }")
    @APIResponse(responseCode = "404", description = "Unknown region or indicator in a filter")
    public Paged<TargetView> list(@QueryParam("region") String region, @QueryParam("indicator") String indicator,
                                  @QueryParam("year") String year, @QueryParam("status") String status,
                                  @Parameter(description = "true (default): only the current revision") @QueryParam("current") String current,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        String regionCode = Params.code("region", region);
        String indicatorKey = Params.code("indicator", indicator);
        Integer y = Params.year("year", year);
        Paged.Request paging = Paged.Request.of(page, size);
        boolean onlyCurrent = !"false".equalsIgnoreCase(current == null ? "" : current.trim());
        List<PublicationStatus> statuses = FigureChecks.visible(status, identity);
        FigureChecks.requireFilterTargets(regionCode, indicatorKey);

        FigureQuery query = new FigureQuery("Target", statuses).eq("regionCode", regionCode).eq("indicatorKey", indicatorKey).eq("year", y);
        if (onlyCurrent) {
            query.and(Target.IS_CURRENT);
        }
        PanacheQuery<Target> found = Target.find(query.query("regionCode, indicatorKey, year, adoptedOn, id"), query.params())
                .page(paging.page(), paging.size());
        return new Paged<>(found.list().stream().map(TargetView::of).toList(), paging.page(), paging.size(), found.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One target")
    @APIResponse(responseCode = "404", description = "No such target")
    public TargetView get(@PathParam("id") String id) {
        return endpoints.get(KIND, id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of this target: who (editors only), when, how, old → new",
            description = "The public sees the target's life since it was first published, including a withdrawal and its reason.")
    @APIResponse(responseCode = "404", description = "No such target (or a draft, for the public)")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return endpoints.history(KIND, id);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every revision of this target's region, indicator and year, oldest first")
    public List<TargetView> revisions(@PathParam("id") String id) {
        Target t = endpoints.readable(KIND, id);
        boolean drafts = !identity.isAnonymous();
        return Target.revisions(t.regionCode, t.indicatorKey, t.year).stream()
                .filter(r -> drafts || r.status == PublicationStatus.PUBLISHED)
                .map(TargetView::of).toList();
    }

    @POST
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Create a target, or a revision of one (same region, indicator and year, later adoptedOn)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "409", description = "A target adopted on the same date already exists")
    public Response create(@Valid @NotNull TargetInput in) {
        return endpoints.create(KIND, in);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Correct a target (send the version you read; a stale version gets 409 with the current value)")
    @APIResponse(responseCode = "409", description = "Someone changed it since you read it")
    public TargetView update(@PathParam("id") String id, @Valid @NotNull TargetInput in) {
        return endpoints.update(KIND, id, in);
    }

    @POST
    @Path("{id}/drafts")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Prepare a change of a published target as a draft (send the version you read)",
            description = "The published target stays public, unchanged, until the draft is published with POST /api/v1/publications; "
                    + "then the draft's content replaces it (same id, history kept).")
    @APIResponse(responseCode = "201", description = "The draft change (its draftOf is the published target)")
    @APIResponse(responseCode = "403", description = "A region limit excludes the figure or the region of the change")
    @APIResponse(responseCode = "409", description = "Not published, a stale version, or a draft change exists already "
            + "(then current holds that draft)")
    public Response draft(@PathParam("id") String id, @Valid @NotNull TargetInput in) {
        return endpoints.draft(KIND, id, in);
    }

    @POST
    @Path("{id}/withdrawal")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Withdraw a published target with a reason (send the version you read)",
            description = "Lists and verdicts stop showing it; its public history shows the withdrawal and the reason.")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "Not published, or a stale version")
    public TargetView withdraw(@PathParam("id") String id, @Valid @NotNull WithdrawalInput in) {
        return endpoints.withdraw(KIND, id, in);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Delete a draft target (optionally ?version= to guard against a concurrent change); published ones are withdrawn")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        return endpoints.delete(KIND, id, version);
    }

    private static void apply(TargetInput in, Target t, PublicationStatus status) {
        List<FieldError> errors = new java.util.ArrayList<>(FigureChecks.check(in));
        errors.addAll(FigureChecks.english(FigureChecks.targetViolations(in.year(), in.baseYear(), in.baseValue())));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        FigureChecks.copy(in, t);
        t.status = status;
        t.tolerance = in.tolerance();
        t.stretchValue = in.stretchValue();
        t.baseYear = in.baseYear();
        t.baseValue = in.baseValue();
        t.wording = in.wording();
        t.adoptedOn = in.adoptedOn() != null ? in.adoptedOn()
                : t.source != null && t.source.publishedOn != null ? t.source.publishedOn : LocalDate.now();
    }

    /** The natural key is unique among live targets: draft changes and withdrawn targets do not count. */
    private static void duplicateCheck(Target t) {
        Target.<Target>find("regionCode = ?1 and indicatorKey = ?2 and year = ?3 and adoptedOn = ?4 and draftOf is null and status <> ?5",
                        t.regionCode, t.indicatorKey, t.year, t.adoptedOn, PublicationStatus.WITHDRAWN)
                .stream().filter(other -> !other.id.equals(t.id) && !other.id.equals(t.draftOf)).findFirst()
                .ifPresent(other -> {
                    throw ApiException.conflict("A target for " + t.regionCode + " " + t.indicatorKey + " " + t.year
                            + " adopted on " + t.adoptedOn + " already exists (id " + other.id
                            + "). Edit it with PUT, or give this revision a later adoptedOn.");
                });
    }
}

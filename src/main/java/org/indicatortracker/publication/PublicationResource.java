package org.indicatortracker.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.indicatortracker.publication.PublicationPayloads.Decision;
import org.indicatortracker.publication.PublicationPayloads.PublicationRequest;
import org.indicatortracker.publication.PublicationPayloads.PublicationView;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Lang;
import org.indicatortracker.system.Lang.Text;
import org.indicatortracker.system.Paged;
import org.indicatortracker.system.Params;

@Path("/api/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "admin"})
@Tag(name = "Publications", description = "Publishing drafts together, optionally after a second editor's approval")
public class PublicationResource {

    @Inject
    PublicationService service;

    @POST
    @Operation(summary = "Publish drafts together",
            description = "Names draft ids, or a region and year to publish all of its drafts that are not already awaiting approval. "
                    + "Published at once (status "
                    + "published), or pending a second editor's approval when indicators.publication.require-approval is on.")
    @APIResponse(responseCode = "201", description = "The publication (published or pending)")
    @APIResponse(responseCode = "400", description = "Neither ids nor region and year, or nothing to publish")
    @APIResponse(responseCode = "409", description = "Some named ids are not drafts or are already awaiting approval, "
            + "or every draft of the region and year is (listed in errors)")
    public Response request(@Valid @NotNull PublicationRequest in) {
        Publication p = service.request(in);
        return Response.created(URI.create("/api/v1/publications/" + p.id)).entity(PublicationView.of(p)).build();
    }

    @GET
    @Operation(summary = "Publications, newest first (optionally ?status=pending|published|rejected)")
    public Paged<PublicationView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        Paged.Request paging = Paged.Request.of(page, size);
        var query = status == null || status.isBlank()
                ? Publication.<Publication>find("order by id desc")
                : Publication.<Publication>find("status = ?1 order by id desc", checkedStatus(status));
        List<PublicationView> items = query.page(paging.page(), paging.size()).list().stream().map(PublicationView::of).toList();
        return new Paged<>(items, paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One publication with its drafts")
    @APIResponse(responseCode = "404", description = "No such publication")
    public PublicationView get(@PathParam("id") String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        return Publication.<Publication>findByIdOptional(key).map(PublicationView::of).orElseThrow(() -> Lang.problem(404,
                Text.of("未找到", "Not found"), Text.of("没有编号为 " + key + " 的发布。", "No publication has id " + key + ".")));
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a pending publication (an editor other than the requester); its drafts become public")
    @APIResponse(responseCode = "403", description = "The requester cannot approve their own publication")
    @APIResponse(responseCode = "409", description = "Already decided, or drafts changed since the request")
    public PublicationView approve(@PathParam("id") String id, @Valid Decision in) {
        return PublicationView.of(service.approve(Params.integer("id", id, 1, Integer.MAX_VALUE), in == null ? null : in.note()));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Reject a pending publication; its drafts stay drafts")
    public PublicationView reject(@PathParam("id") String id, @Valid Decision in) {
        return PublicationView.of(service.reject(Params.integer("id", id, 1, Integer.MAX_VALUE), in == null ? null : in.note()));
    }

    private static String checkedStatus(String raw) {
        String s = raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of(Publication.PENDING, Publication.PUBLISHED, Publication.REJECTED).contains(s)) {
            throw ApiException.badRequest("status", "must be one of pending, published, rejected");
        }
        return s;
    }
}

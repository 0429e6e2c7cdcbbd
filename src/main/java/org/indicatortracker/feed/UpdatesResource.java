package org.indicatortracker.feed;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.feed.Updates.UpdateView;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Paged;
import org.indicatortracker.system.Params;

/** The verdict updates as JSON; the same list as the Atom feed at {@code /feeds/updates.atom}. */
@Path("/api/v1/updates")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Updates", description = "Verdicts changed by a newer release of the outcome (also as an Atom feed: /feeds/updates.atom)")
public class UpdatesResource {

    @Inject
    Updates updates;

    @GET
    @Operation(summary = "Verdict updates, newest first", description = "Filter with region=. Public.")
    @APIResponse(responseCode = "200", description = "{ items, page, size, total }")
    public Paged<UpdateView> list(@QueryParam("region") String region, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        String regionCode = Params.code("region", region);
        Paged.Request paging = Paged.Request.of(page, size);
        List<UpdateEvent> events = UpdateEvent.newest(regionCode, paging.page(), paging.size());
        return new Paged<>(updates.views(events), paging.page(), paging.size(), UpdateEvent.countOf(regionCode));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One verdict update")
    @APIResponse(responseCode = "404", description = "No such update")
    public UpdateView get(@PathParam("id") String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        UpdateEvent e = UpdateEvent.<UpdateEvent>findByIdOptional(key)
                .orElseThrow(() -> ApiException.notFound("No update has id " + key + "."));
        return updates.views(List.of(e)).get(0);
    }
}

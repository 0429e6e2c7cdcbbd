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
import org.indicatortracker.indicator.IndicatorPayloads.AliasInput;
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

    @POST
    @Path("{key}/aliases")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Add another name of an indicator (admin)", description = """
            Aliases are the lexicon the report extractor matches phrases with: after adding 四级林长 to forest_chiefs, \
            extraction maps that phrase to it. Adding an alias the indicator already has changes nothing.""")
    @APIResponse(responseCode = "200", description = "The indicator with its aliases")
    @APIResponse(responseCode = "409", description = "Another indicator already has this name or alias")
    public IndicatorView addAlias(@PathParam("key") String key, @Valid @NotNull AliasInput in) {
        Indicator i = find(key);
        String alias = in.alias().trim();
        Indicator.<Indicator>find("select distinct i from Indicator i left join i.aliases a where i.key <> ?1 and (i.nameZh = ?2 or a = ?2)",
                i.key, alias).firstResultOptional().ifPresent(other -> {
                    throw ApiException.conflict("'" + alias + "' already names indicator '" + other.key
                            + "'. Remove it there first, so the extractor knows which one is meant.");
                });
        if (!alias.equals(i.nameZh) && !i.aliases.contains(alias)) {
            i.aliases.add(alias);
            i.flush();
        }
        return IndicatorView.of(i);
    }

    @DELETE
    @Path("{key}/aliases/{alias}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Remove a name from an indicator's aliases (admin)")
    @APIResponse(responseCode = "404", description = "No such indicator, or it has no such alias")
    public IndicatorView removeAlias(@PathParam("key") String key, @PathParam("alias") String alias) {
        Indicator i = find(key);
        if (!i.aliases.remove(alias == null ? null : alias.trim())) {
            throw ApiException.notFound("Indicator '" + i.key + "' has no alias '" + alias + "'.");
        }
        i.flush();
        return IndicatorView.of(i);
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

package org.indicatortracker.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.evaluation.EvaluationPayloads.Evaluations;
import org.indicatortracker.evaluation.EvaluationPayloads.Scorecard;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts", description = "Was each target met? Judged on the first-released and the latest outcome")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @GET
    @Path("evaluations")
    @Operation(summary = "Verdicts for a region's current targets",
            description = "Each item: the target, the first-released and the latest outcome with their verdicts, "
                    + "margins and reasons (zh/en), the overall verdict (= latest) and whether it changed on revision.")
    @APIResponse(responseCode = "404", description = "Unknown region or indicator")
    public Evaluations list(@Parameter(required = true, example = "CN") @QueryParam("region") String region,
                            @QueryParam("indicator") String indicator,
                            @QueryParam("year") String year) {
        String regionCode = requireRegion(region);
        String indicatorKey = Params.code("indicator", indicator);
        Integer y = Params.year("year", year);
        if (indicatorKey != null && Indicator.byKey(indicatorKey).isEmpty()) {
            throw ApiException.notFound("No indicator has key '" + indicatorKey + "'. See GET /api/v1/indicators.");
        }
        return new Evaluations(evaluations.evaluate(regionCode, indicatorKey, y));
    }

    @GET
    @Path("scorecard")
    @Operation(summary = "How many of a region's targets for a year were met, overall and by category",
            description = "shareMet = (met + exceeded) / evaluable; undetermined and not_evaluable targets are counted but not in the share.")
    @APIResponse(responseCode = "404", description = "Unknown region")
    public Scorecard scorecard(@Parameter(required = true, example = "CN") @QueryParam("region") String region,
                               @Parameter(required = true, example = "2023") @QueryParam("year") String year) {
        String regionCode = requireRegion(region);
        Integer y = Params.year("year", year);
        if (y == null) {
            throw ApiException.badRequest("year", "is required, e.g. year=2023");
        }
        return evaluations.scorecard(regionCode, y);
    }

    private static String requireRegion(String region) {
        String code = Params.requiredCode("region", region);
        if (Region.byCode(code).isEmpty()) {
            throw ApiException.notFound("No region has code '" + code + "'. See GET /api/v1/regions.");
        }
        return code;
    }
}

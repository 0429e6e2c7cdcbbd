package org.indicatortracker.region;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;

/**
 * Which regions, years and indicators have published figures: the dashboard's pickers and its default year (the
 * latest year with outcomes) come from here. Grouped queries only; public and cached like every public GET.
 */
@Path("/api/v1/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageResource {

    private static final String PUBLISHED_FIGURES = "select region_code, indicator_key, year, 1 t, 0 o from target where status = 'published'"
            + " union all select region_code, indicator_key, year, 0, 1 from actual where status = 'published'";

    @Inject
    EntityManager em;

    @Schema(name = "RegionCoverage", description = "A region that has published targets or outcomes")
    public record RegionSummary(String code,
                                @Schema(description = "The latest year with a published outcome; null when there is none")
                                Integer latestWithOutcomes,
                                @Schema(description = "The latest year with a published target; null when there is none")
                                Integer latestWithTargets) {
    }

    @Schema(name = "YearRegions", description = "How many regions have a published outcome in one year")
    public record YearRegions(int year, int regions) {
    }

    @Schema(name = "Coverage")
    public record Regions(List<RegionSummary> regions,
                          @Schema(description = "Years with published outcomes and how many regions have one, oldest first: "
                                  + "the best years to compare regions")
                          List<YearRegions> years) {
    }

    @Schema(name = "YearCoverage", description = "How many indicators have a published target and a published outcome in one year")
    public record YearCoverage(int year, int targets, int outcomes) {
    }

    @Schema(name = "RegionYears", example = """
            {"region":"CN","latestWithOutcomes":2025,"latestWithTargets":2025,
             "years":[{"year":2024,"targets":5,"outcomes":5},{"year":2025,"targets":5,"outcomes":5}],
             "indicators":["cpi_growth","gdp_growth"]}""")
    public record RegionYears(String region, Integer latestWithOutcomes, Integer latestWithTargets,
                              @Schema(description = "Every year with a published target or outcome, oldest first")
                              List<YearCoverage> years,
                              @Schema(description = "Keys of the indicators with a published target or outcome in any year")
                              List<String> indicators) {
    }

    @GET
    @Operation(summary = "Every region with published targets or outcomes, with its latest years; and per year, how many regions have outcomes")
    public Regions regions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.region_code, max(f.year) filter (where f.o = 1), max(f.year) filter (where f.t = 1)"
                + " from (" + PUBLISHED_FIGURES + ") f group by f.region_code").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> years = em.createNativeQuery("select year, count(distinct region_code) from actual"
                + " where status = 'published' group by year order by year").getResultList();
        return new Regions(rows.stream().map(r -> new RegionSummary((String) r[0], integer(r[1]), integer(r[2]))).toList(),
                years.stream().map(r -> new YearRegions(((Number) r[0]).intValue(), ((Number) r[1]).intValue())).toList());
    }

    @GET
    @Path("{region}")
    @Operation(summary = "Years and indicators with published targets or outcomes in one region, and its latest year with outcomes")
    @APIResponse(responseCode = "404", description = "No such region")
    public RegionYears region(@PathParam("region") String region) {
        String code = Params.requiredCode("region", region);
        if (Region.byCode(code).isEmpty()) {
            throw ApiException.notFound("No region has code '" + code + "'. See GET /api/v1/regions.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.year, count(distinct f.indicator_key) filter (where f.t = 1),"
                        + " count(distinct f.indicator_key) filter (where f.o = 1)"
                        + " from (" + PUBLISHED_FIGURES + ") f where f.region_code = :r group by f.year order by f.year")
                .setParameter("r", code).getResultList();
        List<YearCoverage> years = rows.stream()
                .map(r -> new YearCoverage(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
        @SuppressWarnings("unchecked")
        List<String> indicators = em.createNativeQuery("select distinct f.indicator_key from (" + PUBLISHED_FIGURES + ") f"
                + " where f.region_code = :r order by f.indicator_key").setParameter("r", code).getResultList();
        return new RegionYears(code, latest(years, true), latest(years, false), years, indicators);
    }

    private static Integer latest(List<YearCoverage> years, boolean outcomes) {
        Integer latest = null;
        for (YearCoverage y : years) {
            if ((outcomes ? y.outcomes() : y.targets()) > 0) {
                latest = y.year();
            }
        }
        return latest;
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}

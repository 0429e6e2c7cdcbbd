package org.indicatortracker.chart;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.chart.ChartPayloads.Chart;
import org.indicatortracker.chart.ChartText.Lang;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;

/**
 * Chart-ready data: each answer can be handed to Chart.js ({@code labels} + {@code datasets}) and carries the
 * same data as a table, per-point metadata for tooltips, and notes. {@code format=csv} gives the table as CSV.
 * Public, cached per data version (see the cache package).
 */
@Path("/api/v1/charts")
@Produces({"application/json", "text/csv"})
@Tag(name = "Charts", description = "Chart.js-ready data for the dashboard and for embedding, in zh or en, JSON or CSV")
public class ChartResource {

    private static final int MAX_YEARS = 10;
    private static final int MAX_REGIONS = 5000;

    @Inject
    SeriesCharts series;

    @Inject
    ComparisonCharts comparisons;

    @GET
    @Path("series")
    @Operation(summary = "One indicator of one region over the years: outcome (latest and first release), target and its band")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Chart.class)))
    @APIResponse(responseCode = "404", description = "Unknown region or indicator")
    public Response series(@Parameter(required = true, example = "CN") @QueryParam("region") String region,
                           @Parameter(required = true, example = "gdp_growth") @QueryParam("indicator") String indicator,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @Parameter(description = "zh (default) or en") @QueryParam("lang") String lang,
                           @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        Lang l = lang(lang);
        boolean csv = csv(format);
        Region r = region(region);
        Indicator i = indicator("indicator", indicator);
        Integer f = Params.year("from", from);
        Integer t = Params.year("to", to);
        if (f != null && t != null && f > t) {
            throw ApiException.badRequest("to", "must not be before from");
        }
        return respond(series.series(r, i, f, t, l), csv, "series-" + r.code + "-" + i.key);
    }

    @GET
    @Path("compare-years")
    @Operation(summary = "Chosen years side by side per indicator: outcome, target and verdict")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Chart.class)))
    public Response compareYears(@Parameter(required = true, example = "CN") @QueryParam("region") String region,
                                 @Parameter(required = true, example = "2021,2022,2023") @QueryParam("years") String years,
                                 @Parameter(description = "Comma-separated indicator keys") @QueryParam("indicators") String indicators,
                                 @QueryParam("category") String category,
                                 @QueryParam("lang") String lang, @QueryParam("format") String format) {
        Lang l = lang(lang);
        boolean csv = csv(format);
        Region r = region(region);
        List<Integer> ys = list("years", years, MAX_YEARS).stream().map(y -> Params.year("years", y)).distinct().sorted().toList();
        if (ys.isEmpty()) {
            throw ApiException.badRequest("years", "is required: one to " + MAX_YEARS + " years, e.g. years=2021,2022,2023");
        }
        if (Params.present(indicators) && Params.present(category)) {
            throw ApiException.badRequest("category", "give either indicators or category, not both");
        }
        List<Indicator> chosen = new ArrayList<>();
        for (String key : list("indicators", indicators, 200)) {
            chosen.add(indicator("indicators", key));
        }
        String cat = Params.code("category", category);
        return respond(comparisons.compareYears(r, ys, chosen, cat, l), csv, "compare-years-" + r.code);
    }

    @GET
    @Path("compare-regions")
    @Operation(summary = "One indicator and year across regions, ranked best first, with each region's target",
            description = "Without regions or parent: every region with data for that indicator and year.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Chart.class)))
    public Response compareRegions(@Parameter(required = true, example = "gdp_growth") @QueryParam("indicator") String indicator,
                                   @Parameter(required = true, example = "2022") @QueryParam("year") String year,
                                   @Parameter(description = "Comma-separated region codes") @QueryParam("regions") String regions,
                                   @Parameter(description = "Only the regions directly under this one") @QueryParam("parent") String parent,
                                   @QueryParam("lang") String lang, @QueryParam("format") String format) {
        Lang l = lang(lang);
        boolean csv = csv(format);
        Indicator i = indicator("indicator", indicator);
        Integer y = requiredYear("year", year);
        if (Params.present(regions) && Params.present(parent)) {
            throw ApiException.badRequest("parent", "give either regions or parent, not both");
        }
        List<String> codes = null;
        if (Params.present(regions)) {
            codes = new ArrayList<>(new LinkedHashSet<>(list("regions", regions, MAX_REGIONS).stream()
                    .map(c -> Params.requiredCode("regions", c)).toList()));
            for (String c : codes) {
                region(c);
            }
        }
        String p = null;
        if (Params.present(parent)) {
            p = region(parent).code;
        }
        return respond(comparisons.compareRegions(i, y, codes, p, l), csv, "compare-regions-" + i.key + "-" + y);
    }

    @GET
    @Path("scorecard-trend")
    @Operation(summary = "Share of targets met per year, overall and by category")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Chart.class)))
    public Response scorecardTrend(@Parameter(required = true, example = "CN") @QueryParam("region") String region,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("lang") String lang, @QueryParam("format") String format) {
        Lang l = lang(lang);
        boolean csv = csv(format);
        Region r = region(region);
        return respond(comparisons.scorecardTrend(r, Params.year("from", from), Params.year("to", to), l), csv,
                "scorecard-trend-" + r.code);
    }

    @GET
    @Path("revisions")
    @Operation(summary = "How one year's outcome moved across vintages, with dates and the verdict on each")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Chart.class)))
    public Response revisions(@Parameter(required = true, example = "CN") @QueryParam("region") String region,
                              @Parameter(required = true, example = "gdp_growth") @QueryParam("indicator") String indicator,
                              @Parameter(required = true, example = "2021") @QueryParam("year") String year,
                              @QueryParam("lang") String lang, @QueryParam("format") String format) {
        Lang l = lang(lang);
        boolean csv = csv(format);
        Region r = region(region);
        Indicator i = indicator("indicator", indicator);
        int y = requiredYear("year", year);
        return respond(series.revisions(r, i, y, l), csv, "revisions-" + r.code + "-" + i.key + "-" + y);
    }

    private static Response respond(Chart chart, boolean csv, String name) {
        if (csv) {
            return Response.ok(ChartCsv.write(chart.table()), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        return Response.ok(chart, "application/json").build();
    }

    static Lang lang(String raw) {
        if (!Params.present(raw) || raw.trim().equalsIgnoreCase("zh")) {
            return Lang.ZH;
        }
        if (raw.trim().equalsIgnoreCase("en")) {
            return Lang.EN;
        }
        throw ApiException.badRequest("lang", "must be zh or en");
    }

    private static boolean csv(String raw) {
        if (!Params.present(raw) || raw.trim().equalsIgnoreCase("json")) {
            return false;
        }
        if (raw.trim().equalsIgnoreCase("csv")) {
            return true;
        }
        throw ApiException.badRequest("format", "must be json or csv");
    }

    private static int requiredYear(String name, String raw) {
        Integer y = Params.year(name, raw);
        if (y == null) {
            throw ApiException.badRequest(name, "is required, e.g. " + name + "=2022");
        }
        return y;
    }

    private static List<String> list(String name, String raw, int max) {
        if (!Params.present(raw)) {
            return List.of();
        }
        List<String> items = Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.size() > max) {
            throw ApiException.badRequest(name, "at most " + max + " values");
        }
        return items;
    }

    private static Region region(String raw) {
        String code = Params.requiredCode("region", raw);
        return Region.byCode(code).orElseThrow(() -> ApiException.notFound("No region has code '" + code + "'. See GET /api/v1/regions."));
    }

    private static Indicator indicator(String param, String raw) {
        String key = Params.requiredCode(param, raw);
        return Indicator.byKey(key).orElseThrow(() -> ApiException.notFound("No indicator has key '" + key + "'. See GET /api/v1/indicators."));
    }
}

package org.indicatortracker.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The chart-ready response: a Chart.js {@code data} object plus the same data as a table, and notes. */
public final class ChartPayloads {

    private ChartPayloads() {
    }

    @Schema(name = "Chart", description = "labels + datasets can be handed to Chart.js as its data object; table holds the same data as rows")
    public record Chart(String title, String subtitle, String unit, List<String> labels, List<Dataset> datasets,
                        Table table, List<String> notes,
                        @Schema(description = "Presentation hints, e.g. indexAxis for long ranked lists")
                        Map<String, Object> hints) {
    }

    /**
     * One Chart.js dataset. {@code role} says what it is (outcome, first_release, target, target_band, share, ...)
     * so a front end can style it; {@code pointMeta} runs parallel to {@code data} for tooltips.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChartDataset")
    public record Dataset(String id, String role, String label, String type, List<Object> data,
                          List<PointMeta> pointMeta, String stack, Boolean hidden, Boolean showLine,
                          List<Integer> borderDash, List<String> pointStyle, Integer order) {

        static Dataset of(String id, String role, String label, String type, List<Object> data, List<PointMeta> meta) {
            return new Dataset(id, role, label, type, data, meta, null, null, null, null, null, null);
        }

        Dataset hidden(boolean value) {
            return new Dataset(id, role, label, type, data, pointMeta, stack, value, showLine, borderDash, pointStyle, order);
        }

        Dataset dashed() {
            return new Dataset(id, role, label, type, data, pointMeta, stack, hidden, showLine, List.of(6, 4), pointStyle, order);
        }

        Dataset points(List<String> styles) {
            return new Dataset(id, role, label, type, data, pointMeta, stack, hidden, false, borderDash, styles, order);
        }

        Dataset styled(List<String> styles) {
            return new Dataset(id, role, label, type, data, pointMeta, stack, hidden, showLine, borderDash, styles, order);
        }

        Dataset order(int value) {
            return new Dataset(id, role, label, type, data, pointMeta, stack, hidden, showLine, borderDash, pointStyle, value);
        }
    }

    /** What a tooltip needs about one point. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChartPointMeta")
    public record PointMeta(String verdict, String verdictLabel, String vintage, String vintageLabel, Boolean estimate,
                            String wording, String comparator, BigDecimal margin, LocalDate publishedOn,
                            Long sourceId, String source, String quote, String reason) {

        static final PointMeta NONE = new PointMeta(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Schema(name = "ChartTable")
    public record Table(List<Column> columns, List<Map<String, Object>> rows) {
    }

    public record Column(String key, String label) {
    }
}

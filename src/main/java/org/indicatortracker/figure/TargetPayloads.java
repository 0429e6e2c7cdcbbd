package org.indicatortracker.figure;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Relation;

/** Request and response bodies of {@code /api/v1/targets}. */
public final class TargetPayloads {

    private TargetPayloads() {
    }

    @Schema(name = "TargetInput", description = "A target as announced. For PUT, send the version you read.",
            example = """
                    {"region":"CN","indicator":"gdp_growth","year":2022,"comparator":"around","value":5.5,
                     "wording":"增长5.5%左右","sourceId":1,"quote":"国内生产总值增长5.5%左右","adoptedOn":"2022-03-05"}""")
    public record TargetInput(
            @NotBlank @Size(max = 16) String region,
            @NotBlank @Size(max = 64) String indicator,
            @NotNull @Min(1949) @Max(2100) Integer year,
            @NotNull Comparator comparator,
            BigDecimal value,
            BigDecimal valueHigh,
            @Size(max = 64) String refIndicator,
            Relation relation,
            @DecimalMin("0") BigDecimal tolerance,
            BigDecimal stretchValue,
            @Min(1949) @Max(2100) Integer baseYear,
            BigDecimal baseValue,
            Basis basis,
            @Size(max = 500) String wording,
            Long sourceId,
            @Size(max = 2000) String quote,
            @Schema(description = "When this target (or revision) was adopted; defaults to the source's date, else today")
            LocalDate adoptedOn,
            @Schema(description = "draft or published (default)") PublicationStatus status,
            @Schema(description = "Required for PUT: the version you read") Long version) implements FigureFields {
    }

    @Schema(name = "Target")
    public record TargetView(long id, long version, String region, String indicator, int year, Comparator comparator,
                             BigDecimal value, BigDecimal valueHigh, String refIndicator, Relation relation,
                             BigDecimal tolerance, BigDecimal stretchValue, Integer baseYear, BigDecimal baseValue,
                             Basis basis, String wording, LocalDate adoptedOn, PublicationStatus status,
                             SourceRef source, String quote,
                             @Schema(description = "For a draft change: the published target it will replace") Long draftOf,
                             @Schema(description = "For a withdrawn target: why and when") Withdrawal withdrawal) {

        public static TargetView of(Target t) {
            return new TargetView(t.id, t.version, t.regionCode, t.indicatorKey, t.year, t.comparator, t.value,
                    t.valueHigh, t.refIndicatorKey, t.relation, t.tolerance, t.stretchValue, t.baseYear, t.baseValue,
                    t.basis, t.wording, t.adoptedOn, t.status, SourceRef.of(t.source), t.quote, t.draftOf, Withdrawal.of(t));
        }
    }
}

package org.indicatortracker.figure;

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
import org.indicatortracker.domain.Vintage;

/** Request and response bodies of {@code /api/v1/actuals}. */
public final class ActualPayloads {

    private ActualPayloads() {
    }

    @Schema(name = "ActualInput", description = "An outcome as released; one per vintage. For PUT, send the version you read.",
            example = """
                    {"region":"CN","indicator":"gdp_growth","year":2022,"vintage":"preliminary","comparator":"eq",
                     "value":3.0,"publishedOn":"2023-02-28","sourceId":2}""")
    public record ActualInput(
            @NotBlank @Size(max = 16) String region,
            @NotBlank @Size(max = 64) String indicator,
            @NotNull @Min(1949) @Max(2100) Integer year,
            @NotNull Vintage vintage,
            @Schema(description = "eq (default), around, gte, lte, range or relative for bounded or relative figures")
            Comparator comparator,
            BigDecimal value,
            BigDecimal valueHigh,
            @Size(max = 64) String refIndicator,
            Relation relation,
            Basis basis,
            @NotNull LocalDate publishedOn,
            Long sourceId,
            @Size(max = 2000) String quote,
            @Size(max = 1000) String note,
            PublicationStatus status,
            Long version) implements FigureFields {

        public ActualInput {
            comparator = comparator == null ? Comparator.EQ : comparator;
        }
    }

    @Schema(name = "Actual")
    public record ActualView(long id, long version, String region, String indicator, int year, Vintage vintage,
                             Comparator comparator, BigDecimal value, BigDecimal valueHigh, String refIndicator,
                             Relation relation, Basis basis, LocalDate publishedOn, PublicationStatus status,
                             SourceRef source, String quote, String note,
                             @Schema(description = "For a draft change: the published outcome it will replace") Long draftOf,
                             @Schema(description = "For a withdrawn outcome: why and when") Withdrawal withdrawal) {

        public static ActualView of(Actual a) {
            return new ActualView(a.id, a.version, a.regionCode, a.indicatorKey, a.year, a.vintage, a.comparator,
                    a.value, a.valueHigh, a.refIndicatorKey, a.relation, a.basis, a.publishedOn, a.status,
                    SourceRef.of(a.source), a.quote, a.note, a.draftOf, Withdrawal.of(a));
        }
    }
}

package org.indicatortracker.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.ValueKind;

/** Request and response bodies of {@code /api/v1/indicators}. */
public final class IndicatorPayloads {

    private IndicatorPayloads() {
    }

    @Schema(name = "IndicatorInput", example = """
            {"key":"gdp_growth","nameZh":"地区生产总值增长","nameEn":"GDP growth","unit":"%","category":"economy",
             "direction":"higher","valueKind":"growth_rate","defaultTolerance":0.5,"aliases":["国内生产总值增长"]}""")
    public record IndicatorInput(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,63}", message = "must be lower-case snake_case, e.g. gdp_growth") String key,
            @NotBlank @Size(max = 200) String nameZh,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 32) String unit,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,31}", message = "must be lower-case snake_case, e.g. economy") String category,
            @NotNull Direction direction,
            @NotNull ValueKind valueKind,
            @Schema(description = "Percentage points for growth rates and shares; percent of the target for levels and counts")
            @NotNull @DecimalMin("0") BigDecimal defaultTolerance,
            List<@NotBlank @Size(max = 200) String> aliases,
            @Schema(description = "Required for PUT: the version you read") Long version) {
    }

    @Schema(name = "AliasInput", example = """
            {"alias":"四级林长"}""")
    public record AliasInput(@NotBlank @Size(max = 200) String alias) {
    }

    @Schema(name = "Indicator")
    public record IndicatorView(String key, String nameZh, String nameEn, String unit, String category,
                                Direction direction, ValueKind valueKind, BigDecimal defaultTolerance,
                                List<String> aliases, long version) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.key, i.nameZh, i.nameEn, i.unit, i.category, i.direction, i.valueKind,
                    i.defaultTolerance, List.copyOf(i.aliases), i.version);
        }
    }
}

package org.indicatortracker.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.indicatortracker.domain.RegionLevel;

/** Request and response bodies of {@code /api/v1/regions}. */
public final class RegionPayloads {

    private RegionPayloads() {
    }

    @Schema(name = "RegionInput", example = """
            {"code":"230700","nameZh":"伊春市","nameEn":"Yichun","level":"prefecture","parent":"230000"}""")
    public record RegionInput(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,16}", message = "must be 1-16 letters, digits, '_' or '-' (an admin division code such as 230700, or CN)") String code,
            @NotBlank @Size(max = 200) String nameZh,
            @NotBlank @Size(max = 200) String nameEn,
            @NotNull RegionLevel level,
            @Size(max = 16) String parent,
            LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "Required for PUT: the version you read") Long version) {
    }

    @Schema(name = "Region")
    public record RegionView(String code, String nameZh, String nameEn, RegionLevel level, String parent,
                             LocalDate validFrom, LocalDate validTo, long version) {
        static RegionView of(Region r) {
            return new RegionView(r.code, r.nameZh, r.nameEn, r.level, r.parentCode, r.validFrom, r.validTo, r.version);
        }
    }
}

package org.indicatortracker.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.indicatortracker.domain.RegionLevel;
import org.indicatortracker.system.EnumConverters;

/** An administrative region: the country ({@code CN}) or a division with its admin code ({@code 230700} 伊春市). */
@Entity
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Convert(converter = EnumConverters.RegionLevelCode.class)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    public long version;

    public static Optional<Region> byCode(String code) {
        return findByIdOptional(code);
    }

    /** Country first, then provinces, prefectures and counties, each by code. The region list stays small. */
    public static List<Region> ordered() {
        List<Region> all = listAll();
        all.sort(java.util.Comparator.comparing((Region r) -> r.level).thenComparing(r -> r.code));
        return all;
    }

    public static boolean hasChildren(String code) {
        return count("parentCode", code) > 0;
    }
}

package org.indicatortracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.ValueKind;
import org.indicatortracker.system.EnumConverters;

/** A measure that work reports set targets for. One key serves every region. */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public String key;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    public String unit;

    public String category;

    @Convert(converter = EnumConverters.DirectionCode.class)
    public Direction direction;

    @Column(name = "value_kind")
    @Convert(converter = EnumConverters.ValueKindCode.class)
    public ValueKind valueKind;

    /** Percentage points for rates and shares; a share of the target in percent for levels and counts. */
    @Column(name = "default_tolerance")
    public BigDecimal defaultTolerance;

    /** Other names reports use for it ("国内生产总值增长" for gdp_growth). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_alias", joinColumns = @JoinColumn(name = "indicator_key"))
    @Column(name = "alias")
    @OrderBy
    public List<String> aliases = new ArrayList<>();

    @Version
    public long version;

    public static Optional<Indicator> byKey(String key) {
        return findByIdOptional(key);
    }

    public static List<Indicator> ordered(String category) {
        return category == null
                ? list("select distinct i from Indicator i left join fetch i.aliases order by i.category, i.key")
                : list("select distinct i from Indicator i left join fetch i.aliases where i.category = ?1 order by i.key", category);
    }
}

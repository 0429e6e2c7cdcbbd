package org.indicatortracker.figure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A target as announced ("增长5.5%左右"). A mid-year revision is a new row with a later {@code adoptedOn}; the
 * current target of a (region, indicator, year) is the published one adopted last.
 */
@Entity
public class Target extends Figure {

    /** Overrides the indicator's default tolerance for "around" targets. */
    public BigDecimal tolerance;

    /** "力争 Y" next to "确保 X": reported alongside the verdict, never changes it. */
    @Column(name = "stretch_value")
    public BigDecimal stretchValue;

    /** Multi-year targets (a five-year plan's final-year goal) start from a base year and value. */
    @Column(name = "base_year")
    public Integer baseYear;

    @Column(name = "base_value")
    public BigDecimal baseValue;

    /** The original words, e.g. "增长5%左右". */
    public String wording;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    /**
     * JPQL condition, for a target aliased {@code f}, that no published revision of the same region, indicator
     * and year was adopted later: {@code f} is the current target.
     */
    public static final String IS_CURRENT = "not exists (select 1 from Target n where n.regionCode = f.regionCode "
            + "and n.indicatorKey = f.indicatorKey and n.year = f.year "
            + "and n.status in :statuses and n.adoptedOn > f.adoptedOn)";

    /** The current published targets of a region, optionally of one indicator and year. */
    public static List<Target> currentPublished(String regionCode, String indicatorKey, Integer year) {
        StringBuilder q = new StringBuilder("from Target f left join fetch f.source where f.status in :statuses and f.regionCode = :region and ")
                .append(IS_CURRENT);
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters
                .with("statuses", List.of(org.indicatortracker.domain.PublicationStatus.PUBLISHED)).and("region", regionCode);
        if (indicatorKey != null) {
            q.append(" and f.indicatorKey = :indicator");
            params.and("indicator", indicatorKey);
        }
        if (year != null) {
            q.append(" and f.year = :year");
            params.and("year", year);
        }
        return list(q.append(" order by f.year, f.indicatorKey").toString(), params);
    }

    public static final String KIND = "target";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void copyContentFrom(Figure draft) {
        super.copyContentFrom(draft);
        Target t = (Target) draft;
        tolerance = t.tolerance;
        stretchValue = t.stretchValue;
        baseYear = t.baseYear;
        baseValue = t.baseValue;
        wording = t.wording;
        adoptedOn = t.adoptedOn;
    }

    /** The pending draft change of a published target, if someone prepared one. */
    public static Optional<Target> draftCopyOf(long id) {
        return find("draftOf", id).firstResultOptional();
    }

    public static Optional<Target> byId(long id) {
        return find("from Target t left join fetch t.source where t.id = ?1", id).firstResultOptional();
    }

    /** Every revision of a (region, indicator, year), oldest first. */
    public static List<Target> revisions(String regionCode, String indicatorKey, int year) {
        return list("regionCode = ?1 and indicatorKey = ?2 and year = ?3 order by adoptedOn, id", regionCode, indicatorKey, year);
    }
}

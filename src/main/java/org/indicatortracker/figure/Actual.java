package org.indicatortracker.figure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.Optional;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.system.EnumConverters;

/**
 * An outcome as released. Each vintage (预计 estimate → 初步核算 preliminary → 最终核实 final → revised) is its
 * own row, so earlier releases stay visible. The figure may itself be bounded ("增长25%以上") or relative
 * ("收入增长高于经济增长").
 */
@Entity
public class Actual extends Figure {

    @Convert(converter = EnumConverters.VintageCode.class)
    public Vintage vintage;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String note;

    /**
     * Published outcomes of a region, with their sources, oldest release first; optionally only of some years and
     * some indicators (null means all).
     */
    public static java.util.List<Actual> published(String regionCode, java.util.Collection<Integer> years,
                                                   java.util.Collection<String> indicatorKeys) {
        StringBuilder q = new StringBuilder("from Actual a left join fetch a.source where a.status = :status and a.regionCode = :region");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters
                .with("status", org.indicatortracker.domain.PublicationStatus.PUBLISHED).and("region", regionCode);
        if (years != null) {
            q.append(" and a.year in :years");
            params.and("years", years);
        }
        if (indicatorKeys != null) {
            q.append(" and a.indicatorKey in :indicators");
            params.and("indicators", indicatorKeys);
        }
        return list(q.append(" order by a.publishedOn, a.id").toString(), params);
    }

    /** The first release: earliest publication, the earlier vintage on the same day; null for none. */
    public static Actual firstRelease(java.util.List<Actual> releases) {
        return releases.stream().min(java.util.Comparator.comparing((Actual a) -> a.publishedOn)
                .thenComparing(a -> a.vintage)).orElse(null);
    }

    /** The latest release: latest publication, the later vintage on the same day; null for none. */
    public static Actual latestRelease(java.util.List<Actual> releases) {
        return releases.stream().max(java.util.Comparator.comparing((Actual a) -> a.publishedOn)
                .thenComparing(a -> a.vintage)).orElse(null);
    }

    public static final String KIND = "actual";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void copyContentFrom(Figure draft) {
        super.copyContentFrom(draft);
        Actual a = (Actual) draft;
        vintage = a.vintage;
        publishedOn = a.publishedOn;
        note = a.note;
    }

    /** The pending draft change of a published outcome, if someone prepared one. */
    public static Optional<Actual> draftCopyOf(long id) {
        return find("draftOf", id).firstResultOptional();
    }

    public static Optional<Actual> byId(long id) {
        return find("from Actual a left join fetch a.source where a.id = ?1", id).firstResultOptional();
    }
}

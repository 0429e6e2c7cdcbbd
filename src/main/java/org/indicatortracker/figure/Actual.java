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

    /** Published outcomes of a region (optionally of some years), with their sources, oldest release first. */
    public static java.util.List<Actual> published(String regionCode, java.util.Collection<Integer> years) {
        String q = "from Actual a left join fetch a.source where a.status = ?1 and a.regionCode = ?2"
                + (years == null ? "" : " and a.year in ?3") + " order by a.publishedOn, a.id";
        return years == null
                ? list(q, org.indicatortracker.domain.PublicationStatus.PUBLISHED, regionCode)
                : list(q, org.indicatortracker.domain.PublicationStatus.PUBLISHED, regionCode, years);
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

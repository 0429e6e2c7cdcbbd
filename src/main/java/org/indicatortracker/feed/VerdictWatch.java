package org.indicatortracker.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.system.EnumConverters;

/** What the revision watch saw last time for one (region, indicator, year): the verdict and the release behind it. */
@Entity
@Table(name = "verdict_watch")
@IdClass(VerdictWatch.Key.class)
public class VerdictWatch extends PanacheEntityBase {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    @Column(name = "indicator_key")
    public String indicatorKey;

    @Id
    public int year;

    @Column(name = "target_id")
    public long targetId;

    @Convert(converter = UpdateEvent.VerdictCode.class)
    public Verdict verdict;

    @Column(name = "latest_actual_id")
    public Long latestActualId;

    @Column(name = "latest_vintage")
    @Convert(converter = EnumConverters.VintageCode.class)
    public Vintage latestVintage;

    @Column(name = "latest_value")
    public BigDecimal latestValue;

    @Column(name = "latest_published_on")
    public LocalDate latestPublishedOn;

    @Column(name = "checked_at")
    public Instant checkedAt;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String regionCode;
        public String indicatorKey;
        public int year;

        public Key() {
        }

        public Key(String regionCode, String indicatorKey, int year) {
            this.regionCode = regionCode;
            this.indicatorKey = indicatorKey;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && regionCode.equals(k.regionCode) && indicatorKey.equals(k.indicatorKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(regionCode, indicatorKey, year);
        }
    }

    public Key key() {
        return new Key(regionCode, indicatorKey, year);
    }
}

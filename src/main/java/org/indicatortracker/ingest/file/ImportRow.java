package org.indicatortracker.ingest.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.FigureFields;

/**
 * One valid row of an import: a target or an outcome with every field parsed. {@code date} is a target's
 * adoption date or an outcome's publication date. The same record is checked by {@code FigureChecks}.
 */
public record ImportRow(int row, Kind kind, String region, String indicator, Integer year, Vintage vintage,
                        Comparator comparator, BigDecimal value, BigDecimal valueHigh, String refIndicator,
                        Relation relation, Basis basis, BigDecimal tolerance, BigDecimal stretchValue, Integer baseYear,
                        BigDecimal baseValue, String wording, LocalDate date, Long sourceId, String quote, String note,
                        PublicationStatus status) implements FigureFields {

    public enum Kind { TARGET, OUTCOME }

    /**
     * The natural key: a target is one (region, indicator, year, adoption date); an outcome one (region, indicator,
     * year, vintage, publication date). Importing is idempotent on it.
     */
    public record Key(Kind kind, String region, String indicator, int year, Vintage vintage, LocalDate date) {
    }

    public Key naturalKey() {
        return new Key(kind, region, indicator, year, kind == Kind.TARGET ? null : vintage, date);
    }

    /** The stored content, in a fixed order, for comparing with what the database holds (numbers by value). */
    public Object[] content() {
        return kind == Kind.TARGET
                ? new Object[] {comparator, num(value), num(valueHigh), refIndicator, relation, basis, num(tolerance),
                                num(stretchValue), baseYear, num(baseValue), wording, sourceId, quote}
                : new Object[] {comparator, num(value), num(valueHigh), refIndicator, relation, basis, sourceId, quote, note};
    }

    /** Numbers compared by value: 5.5 and 5.500000 are the same figure. */
    public static BigDecimal num(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static boolean sameContent(Object[] a, Object[] b) {
        return java.util.Arrays.equals(a, b);
    }
}

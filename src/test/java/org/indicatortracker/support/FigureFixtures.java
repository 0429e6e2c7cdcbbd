package org.indicatortracker.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.RegionLevel;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.Target;
import org.indicatortracker.region.Region;

/**
 * Figures in a region of their own, so a test can count what it made without seeing the demo data or other
 * tests' rows. Uses the demo indicator {@code gdp_growth} (a growth rate, tolerance 0.5 points).
 */
public final class FigureFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private FigureFixtures() {
    }

    /** A new prefecture with a unique code such as {@code T4821-3}. */
    public static String region(String name) {
        String code = "T" + (System.nanoTime() % 10_000) + "-" + NEXT.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            Region r = new Region();
            r.code = code;
            r.nameZh = name + "市";
            r.nameEn = name + " City";
            r.level = RegionLevel.PREFECTURE;
            r.persist();
        });
        return code;
    }

    /** A published "增长{value}%左右" GDP growth target. */
    public static long aroundTarget(String region, int year, String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Target t = new Target();
            t.regionCode = region;
            t.indicatorKey = "gdp_growth";
            t.year = year;
            t.comparator = Comparator.AROUND;
            t.value = new BigDecimal(value);
            t.wording = "增长" + value + "%左右";
            t.adoptedOn = LocalDate.of(year, 1, 20);
            t.status = PublicationStatus.PUBLISHED;
            t.persist();
            return t.id;
        });
    }

    /** A published GDP growth outcome of one vintage. */
    public static long outcome(String region, int year, Vintage vintage, String value, LocalDate publishedOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Actual a = new Actual();
            a.regionCode = region;
            a.indicatorKey = "gdp_growth";
            a.year = year;
            a.comparator = Comparator.EQ;
            a.value = new BigDecimal(value);
            a.vintage = vintage;
            a.publishedOn = publishedOn;
            a.status = PublicationStatus.PUBLISHED;
            a.persist();
            return a.id;
        });
    }
}

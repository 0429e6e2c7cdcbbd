package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.indicatortracker.domain.Verdict;

/**
 * A verdict as a piecewise-constant function of one number (the outcome, or outcome minus referenced outcome):
 * zones separated by ascending cuts. Each cut says whether the cut value itself belongs to the zone below it
 * (so all boundaries can be made inclusive on the "met" side). Package-private.
 */
final class Bands {

    /**
     * One zone: its verdict and the phrase that describes an outcome falling in it. The phrases are made only for the
     * zone an outcome falls in: a national comparison judges thousands of targets and shows one phrase each.
     */
    record Zone(Verdict verdict, Supplier<String> zhText, Supplier<String> enText) {
        String zh() {
            return zhText.get();
        }

        String en() {
            return enText.get();
        }
    }

    private final List<BigDecimal> cuts = new ArrayList<>();
    private final List<Boolean> cutBelongsBelow = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();

    Bands(Zone first) {
        zones.add(first);
    }

    /** Adds a cut at {@code at} followed by {@code next}; {@code atBelongsBelow} puts the cut value in the zone below. */
    Bands then(BigDecimal at, boolean atBelongsBelow, Zone next) {
        cuts.add(at);
        cutBelongsBelow.add(atBelongsBelow);
        zones.add(next);
        return this;
    }

    /** Index of the zone containing x. */
    int index(BigDecimal x) {
        int i = 0;
        while (i < cuts.size() && passed(x, i)) {
            i++;
        }
        return i;
    }

    private boolean passed(BigDecimal x, int i) {
        int c = x.compareTo(cuts.get(i));
        return c > 0 || (c == 0 && !cutBelongsBelow.get(i));
    }

    int lowIndex(Span s) {
        return s.lo() == null ? 0 : index(s.lo());
    }

    int highIndex(Span s) {
        return s.hi() == null ? zones.size() - 1 : index(s.hi());
    }

    Zone zone(int i) {
        return zones.get(i);
    }

    Verdict verdictAt(BigDecimal x) {
        return zones.get(index(x)).verdict();
    }

    /** The distinct verdicts an outcome anywhere in the span can get, in zone order. */
    Set<Verdict> verdicts(Span s) {
        Set<Verdict> out = new LinkedHashSet<>();
        for (int i = lowIndex(s); i <= highIndex(s); i++) {
            out.add(zones.get(i).verdict());
        }
        return out;
    }
}

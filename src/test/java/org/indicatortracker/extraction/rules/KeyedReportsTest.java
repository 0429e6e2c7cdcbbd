package org.indicatortracker.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.indicatortracker.domain.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on report passages other than the seed (State Council, provincial, municipal and county
 * wording), each with a hand-made key: see src/test/resources/extraction/reports/README.md. A statement matches a key
 * row when kind, year, comparator, value, upper value and unit agree; relative and qualitative rows match on an
 * overlapping quote. Each row and each statement is used at most once.
 */
class KeyedReportsTest {

    record KeyRow(String kind, int year, String comparator, String value, String valueHigh, String unit, String status,
                  String quote) {
    }

    record Score(String name, int rows, int statements, int matched, int statusAgreements,
                 List<KeyRow> missed, List<ExtractedStatement> extra) {
        double precision() {
            return statements == 0 ? 1 : (double) matched / statements;
        }

        double recall() {
            return rows == 0 ? 1 : (double) matched / rows;
        }
    }

    static final List<Score> SCORES = new ArrayList<>();

    @BeforeAll
    static void run() {
        ReportExtractor extractor = Fixtures.extractor();
        for (String name : Fixtures.resource("reports/index.txt").split("\\s+")) {
            if (name.isBlank()) {
                continue;
            }
            String text = Fixtures.resource("reports/" + name + ".txt");
            List<KeyRow> key = new ArrayList<>();
            for (List<String> r : Fixtures.csv("reports/" + name + ".key.csv")) {
                key.add(new KeyRow(r.get(0), Integer.parseInt(r.get(1)), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7)));
            }
            List<ExtractedStatement> statements = extractor.extract(new ExtractionRequest(text)).statements();
            for (ExtractedStatement s : statements) {
                assertEquals(s.quote(), text.substring(s.start(), s.end()), name + ": offsets of " + s);
            }
            List<ExtractedStatement> pool = new ArrayList<>(statements);
            List<KeyRow> missed = new ArrayList<>();
            int matched = 0;
            int status = 0;
            for (KeyRow row : key) {
                ExtractedStatement hit = pool.stream().filter(s -> matches(text, row, s)).findFirst().orElse(null);
                if (hit == null) {
                    missed.add(row);
                } else {
                    pool.remove(hit);
                    matched++;
                    status += hit.status().equals(row.status()) ? 1 : 0;
                }
            }
            SCORES.add(new Score(name, key.size(), statements.size(), matched, status, missed, pool));
        }
        int rows = SCORES.stream().mapToInt(Score::rows).sum();
        int statements = SCORES.stream().mapToInt(Score::statements).sum();
        int matched = SCORES.stream().mapToInt(Score::matched).sum();
        for (Score s : SCORES) {
            System.out.printf("%-24s rows %3d, statements %3d, matched %3d: precision %.3f, recall %.3f, status %d/%d%n",
                    s.name(), s.rows(), s.statements(), s.matched(), s.precision(), s.recall(), s.statusAgreements(), s.matched());
            s.missed().forEach(r -> System.out.println("    key row not found: " + r));
            s.extra().forEach(x -> System.out.println("    statement not in key: " + x));
        }
        System.out.printf("All passages: rows %d, statements %d, matched %d: precision %.3f, recall %.3f%n",
                rows, statements, matched, (double) matched / statements, (double) matched / rows);
    }

    static boolean matches(String text, KeyRow row, ExtractedStatement s) {
        if (!row.kind().equals(s.kind()) || row.year() != s.year() || !row.comparator().equals(s.comparator().wire())) {
            return false;
        }
        if (s.comparator() == Comparator.RELATIVE || s.comparator() == Comparator.QUALITATIVE) {
            for (int ks = text.indexOf(row.quote()); ks >= 0; ks = text.indexOf(row.quote(), ks + 1)) {
                if (s.start() < ks + row.quote().length() && ks < s.end()) {
                    return true; // the key quote may occur more than once (国际收支基本平衡 in review and plan)
                }
            }
            return false;
        }
        boolean high = row.valueHigh().isEmpty() ? s.valueHigh() == null
                : s.valueHigh() != null && new BigDecimal(row.valueHigh()).compareTo(s.valueHigh()) == 0;
        return high && s.value() != null && new BigDecimal(row.value()).compareTo(s.value()) == 0 && row.unit().equals(s.unit());
    }

    @Test
    void precisionOverAllPassagesIsAtLeast95Percent() {
        int statements = SCORES.stream().mapToInt(Score::statements).sum();
        int matched = SCORES.stream().mapToInt(Score::matched).sum();
        assertTrue(matched >= 0.95 * statements, "precision " + matched + "/" + statements + "; extra: "
                + SCORES.stream().flatMap(s -> s.extra().stream()).toList());
    }

    @Test
    void recallOverAllPassagesIsAtLeast90Percent() {
        int rows = SCORES.stream().mapToInt(Score::rows).sum();
        int matched = SCORES.stream().mapToInt(Score::matched).sum();
        assertTrue(matched >= 0.90 * rows, "recall " + matched + "/" + rows + "; missed: "
                + SCORES.stream().flatMap(s -> s.missed().stream()).toList());
    }

    @Test
    void everyPassageOnItsOwnStaysAbove90Percent() {
        for (Score s : SCORES) {
            assertTrue(s.precision() >= 0.9 && s.recall() >= 0.9, s.name() + ": precision " + s.precision()
                    + ", recall " + s.recall() + "; missed " + s.missed() + "; extra " + s.extra());
        }
    }

    @Test
    void statusFollowsYuji() {
        for (Score s : SCORES) {
            assertEquals(s.matched(), s.statusAgreements(), s.name() + ": estimate/reported disagreements");
        }
    }
}

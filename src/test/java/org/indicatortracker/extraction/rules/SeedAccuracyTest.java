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
 * Runs the extractor on the Yichun 2023 seed and compares with the hand-made key. A statement matches a key row when
 * kind, year, comparator, value (numerically) and unit agree; relative and qualitative rows match on an overlapping
 * quote. Each statement and each row is matched at most once.
 */
class SeedAccuracyTest {

    record KeyRow(String indicatorZh, String kind, int year, String comparator, String value, String unit, String status,
            String quote) {
    }

    static String text;
    static ExtractionResult result;
    static List<KeyRow> key = new ArrayList<>();
    static List<KeyRow> unmatchedRows = new ArrayList<>();
    static List<ExtractedStatement> unmatchedStatements = new ArrayList<>();
    static int matched;
    static int statusAgreements;

    @BeforeAll
    static void run() {
        text = Fixtures.resource("yichun-2023-work-report.txt");
        for (List<String> r : Fixtures.csv("yichun-2023-report-key.csv")) {
            // region,report_year,indicator_zh,indicator_en,kind,year,comparator,value,value_high,unit,status,quote
            key.add(new KeyRow(r.get(2), r.get(4), Integer.parseInt(r.get(5)), r.get(6), r.get(7), r.get(9), r.get(10), r.get(11)));
        }
        result = Fixtures.extractor().extract(new ExtractionRequest(text, null, null));
        List<ExtractedStatement> pool = new ArrayList<>(result.statements());
        for (KeyRow row : key) {
            ExtractedStatement hit = null;
            for (ExtractedStatement s : pool) {
                if (matches(row, s)) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                unmatchedRows.add(row);
            } else {
                pool.remove(hit);
                matched++;
                if (hit.status().equals(row.status())) {
                    statusAgreements++;
                }
            }
        }
        unmatchedStatements.addAll(pool);
        int n = result.statements().size();
        System.out.printf("Seed: %d key rows, %d statements, %d matched; precision %.3f, recall %.3f, status agreement %d/%d%n",
                key.size(), n, matched, precision(), recall(), statusAgreements, matched);
        unmatchedRows.forEach(r -> System.out.println("  key row not found: " + r));
        unmatchedStatements.forEach(s -> System.out.println("  statement not in key: " + s));
    }

    static boolean matches(KeyRow row, ExtractedStatement s) {
        if (!row.kind().equals(s.kind()) || row.year() != s.year() || !row.comparator().equals(s.comparator().wire())) {
            return false;
        }
        if (s.comparator() == Comparator.RELATIVE || s.comparator() == Comparator.QUALITATIVE) {
            int ks = text.indexOf(row.quote());
            int ke = ks + row.quote().length();
            return ks >= 0 && s.start() < ke && ks < s.end();
        }
        return s.value() != null && new BigDecimal(row.value()).compareTo(s.value()) == 0 && row.unit().equals(s.unit());
    }

    static double precision() {
        return result.statements().isEmpty() ? 0 : (double) matched / result.statements().size();
    }

    static double recall() {
        return (double) matched / key.size();
    }

    @Test
    void precisionOnSeedIsAtLeast95Percent() {
        assertTrue(precision() >= 0.95, "precision " + precision() + "; extra statements: " + unmatchedStatements);
    }

    @Test
    void recallOnSeedIsAtLeast95Percent() {
        assertTrue(recall() >= 0.95, "recall " + recall() + "; missing rows: " + unmatchedRows);
    }

    @Test
    void estimateStatusAgreesWithKey() {
        assertTrue(statusAgreements >= 0.95 * matched, "status agrees on " + statusAgreements + " of " + matched);
    }

    @Test
    void quotesAreExactSubstringsOfTheText() {
        for (ExtractedStatement s : result.statements()) {
            assertEquals(s.quote(), text.substring(s.start(), s.end()), s.toString());
        }
    }

    @Test
    void reportYearAndRegionAreInferredFromTheHeader() {
        assertEquals(2023, result.reportYear());
        assertEquals("230700", result.region());
    }

    @Test
    void sharedSubjectRelativeStatementsUseTheLexicon() {
        List<ExtractedStatement> rel = result.statements().stream().filter(s -> s.comparator() == Comparator.RELATIVE).toList();
        assertEquals(List.of("urban_income_growth", "rural_income_growth"), rel.stream().map(ExtractedStatement::indicatorKey).toList());
        assertTrue(rel.stream().allMatch(s -> "gdp_growth".equals(s.referencedIndicatorKey())
                && s.relation() == org.indicatortracker.domain.Relation.ABOVE && s.status().equals("estimate")));
    }
}

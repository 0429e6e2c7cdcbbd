package org.indicatortracker.evaluation.rules;

import static org.indicatortracker.evaluation.rules.Fixtures.d;
import static org.indicatortracker.evaluation.rules.Fixtures.growth;
import static org.indicatortracker.evaluation.rules.Fixtures.point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InputValidationTest {

    private static void rejects(String messagePart, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void rangeWithLowAboveHighIsRejected() {
        rejects("range low 6.5 is above range high 6", () -> VerdictRules.judge(
                TargetInput.of(Statement.range(d("6.5"), d("6"))), growth("0.5"), point("6"), null));
        rejects("outcome: range low", () -> VerdictRules.judge(
                TargetInput.of(Statement.gte(d("6"))), growth("0.5"), Statement.range(d("7"), d("6")), null));
    }

    @Test
    void aroundWithoutValueIsRejected() {
        rejects("'around' needs a value", () -> VerdictRules.judge(
                TargetInput.of(Statement.around(null)), growth("0.5"), point("6"), null));
    }

    @Test
    void rangeWithoutHighIsRejected() {
        rejects("needs value and valueHigh", () -> VerdictRules.judge(
                TargetInput.of(Statement.range(d("6"), null)), growth("0.5"), point("6"), null));
    }

    @Test
    void relativeWithoutRelationIsRejected() {
        rejects("needs a relation", () -> VerdictRules.judge(
                TargetInput.of(Statement.relative(null, "gdp_growth")), growth("0.5"), point("6"), point("5")));
    }

    @Test
    void missingComparatorTraitsOrTargetAreRejected() {
        rejects("no comparator", () -> VerdictRules.judge(
                TargetInput.of(new Statement(null, d("1"), null, null, null, null)), growth("0.5"), point("6"), null));
        rejects("traits", () -> VerdictRules.judge(TargetInput.of(Statement.gte(d("6"))), null, point("6"), null));
        rejects("traits", () -> VerdictRules.judge(TargetInput.of(Statement.gte(d("6"))),
                new Traits(Direction.HIGHER, null, d("1")), point("6"), null));
        rejects("target", () -> VerdictRules.judge(null, growth("0.5"), point("6"), null));
    }

    @Test
    void negativeToleranceIsRejected() {
        rejects("must not be negative", () -> VerdictRules.judge(
                TargetInput.of(Statement.gte(d("6"))).withTolerance(d("-0.1")), growth("0.5"), point("6"), null));
        rejects("must not be negative", () -> VerdictRules.judge(
                TargetInput.of(Statement.gte(d("6"))), growth("-1"), point("6"), null));
    }

    @Test
    void missingOptionalValuesNeverThrow() {
        Statement bare = new Statement(Comparator.GTE, d("6"), null, null, null, null);
        TargetInput target = new TargetInput(bare, null, null, null, null);
        assertEquals(Verdict.NOT_EVALUABLE, VerdictRules.judge(target, growth("0.5"), null, null).verdict());
        assertEquals(Verdict.NOT_EVALUABLE, VerdictRules.judge(TargetInput.of(Statement.relative(Relation.ABOVE,
                null)), growth("0.5"), point("6"), null).verdict());
        assertEquals(Verdict.MET, VerdictRules.judge(TargetInput.of(Statement.relative(Relation.ABOVE, null)),
                growth("0.5"), point("6"), point("5")).verdict());
    }
}

package org.indicatortracker.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.evaluation.rules.Assessment;
import org.indicatortracker.evaluation.rules.TrajectoryStatus;
import org.indicatortracker.figure.SourceRef;

/** Response bodies of {@code /api/v1/evaluations} and {@code /api/v1/scorecard}. */
public final class EvaluationPayloads {

    private EvaluationPayloads() {
    }

    @Schema(name = "EvaluatedIndicator")
    public record IndicatorRef(String key, String nameZh, String nameEn, String unit, String category, Direction direction) {
    }

    @Schema(name = "EvaluatedTarget")
    public record TargetRef(long id, Comparator comparator, BigDecimal value, BigDecimal valueHigh, String refIndicator,
                            Relation relation, BigDecimal tolerance, BigDecimal stretchValue, Integer baseYear,
                            BigDecimal baseValue, Basis basis, String wording, SourceRef source, String quote) {
    }

    /** One release of the outcome and the verdict it gives. */
    @Schema(name = "JudgedOutcome")
    public record JudgedOutcome(long actualId, Vintage vintage, LocalDate publishedOn, Comparator comparator,
                                BigDecimal value, BigDecimal valueHigh, String refIndicator, Relation relation,
                                Basis basis, SourceRef source, String quote, Verdict verdict, BigDecimal margin,
                                String reasonZh, String reasonEn, boolean stretchReached) {
    }

    @Schema(name = "QualitativeAssessment")
    public record AssessmentView(long id, long version, Assessment assessment, String note, SourceRef source,
                                 String quote, String assessedBy) {
        static AssessmentView of(QualitativeAssessment a) {
            return new AssessmentView(a.id, a.version, a.assessment, a.note, SourceRef.of(a.source), a.quote, a.assessedBy);
        }
    }

    @Schema(name = "Trajectory", description = "For multi-year targets before their final year: is the trend on course?")
    public record TrajectoryView(int observedYear, BigDecimal observedValue, TrajectoryStatus status,
                                 BigDecimal requiredAnnualChange, BigDecimal observedAnnualChange, BigDecimal ratio,
                                 String reasonZh, String reasonEn) {
    }

    @Schema(name = "Evaluation", description = "A target judged on the first-released outcome and on the latest one")
    public record Evaluation(String region, int year, IndicatorRef indicator, TargetRef target,
                             JudgedOutcome firstRelease, JudgedOutcome latest,
                             @Schema(description = "The verdict on the latest figure (or the planner's assessment for a qualitative target)")
                             Verdict verdict, BigDecimal margin, String reasonZh, String reasonEn,
                             boolean changedOnRevision, AssessmentView assessment, TrajectoryView trajectory) {
    }

    public record Evaluations(List<Evaluation> items) {
    }

    @Schema(name = "ScorecardGroup")
    public record Group(String category, Map<Verdict, Integer> counts, int evaluable, int met,
                        @Schema(description = "(met + exceeded) / evaluable; null when nothing is evaluable")
                        BigDecimal shareMet) {
    }

    @Schema(name = "Scorecard")
    public record Scorecard(String region, int year, Map<Verdict, Integer> counts, int evaluable, int met,
                            BigDecimal shareMet, List<Group> categories, List<Evaluation> items) {
    }
}

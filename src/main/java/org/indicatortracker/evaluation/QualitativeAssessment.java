package org.indicatortracker.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.UpdateTimestamp;
import org.indicatortracker.evaluation.rules.Assessment;
import org.indicatortracker.source.SourceDocument;
import org.indicatortracker.system.EnumConverters;

/** A planner's judgement of a qualitative target; the only way to a {@code partly_met} verdict. */
@Entity
@Table(name = "assessment")
public class QualitativeAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_id")
    public long targetId;

    @Column(name = "assessment")
    @jakarta.persistence.Convert(converter = AssessmentCode.class)
    public Assessment assessment;

    public String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceDocument source;

    public String quote;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Version
    public long version;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<QualitativeAssessment> ofTarget(long targetId) {
        return find("targetId", targetId).firstResultOptional();
    }

    public static List<QualitativeAssessment> ofTargets(Collection<Long> targetIds) {
        return targetIds.isEmpty() ? List.of() : list("targetId in ?1", targetIds);
    }

    /** Stored as met / partly_met / missed. */
    @jakarta.persistence.Converter
    public static class AssessmentCode extends EnumConverters.CodeConverter<Assessment> {
        public AssessmentCode() {
            super(Assessment.class);
        }
    }
}

package org.indicatortracker.figure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.source.SourceDocument;
import org.indicatortracker.system.EnumConverters;

/**
 * What targets and outcomes have in common: a statement about one indicator, region and year, with the
 * comparator that makes its wording explicit, its basis, and the document and sentence it came from.
 */
@MappedSuperclass
public abstract class Figure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "indicator_key")
    public String indicatorKey;

    public int year;

    @Convert(converter = EnumConverters.ComparatorCode.class)
    public Comparator comparator;

    public BigDecimal value;

    @Column(name = "value_high")
    public BigDecimal valueHigh;

    @Column(name = "ref_indicator_key")
    public String refIndicatorKey;

    @Convert(converter = EnumConverters.RelationCode.class)
    public Relation relation;

    @Convert(converter = EnumConverters.BasisCode.class)
    public Basis basis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceDocument source;

    public String quote;

    @Convert(converter = EnumConverters.StatusCode.class)
    public PublicationStatus status;

    /** For a draft change of a published figure: the figure it will replace when published. */
    @Column(name = "draft_of")
    public Long draftOf;

    /** Why a published figure was withdrawn (required for {@code withdrawn}); shown in its public history. */
    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** {@code "target"} or {@code "actual"}: the kind as the audit trail and publications name it. */
    public abstract String kind();

    /** Copies what a draft change says onto the figure it replaces (everything but identity and workflow state). */
    public void copyContentFrom(Figure draft) {
        regionCode = draft.regionCode;
        indicatorKey = draft.indicatorKey;
        year = draft.year;
        comparator = draft.comparator;
        value = draft.value;
        valueHigh = draft.valueHigh;
        refIndicatorKey = draft.refIndicatorKey;
        relation = draft.relation;
        basis = draft.basis;
        source = draft.source;
        quote = draft.quote;
    }
}

package org.indicatortracker.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.indicatortracker.domain.SourceKind;
import org.indicatortracker.system.EnumConverters;

/** A document figures come from: a work report, a statistical bulletin, a data release. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    @Column(name = "issuing_body")
    public String issuingBody;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Convert(converter = EnumConverters.SourceKindCode.class)
    public SourceKind kind;

    public String url;

    @Version
    public long version;

    public static Optional<SourceDocument> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<SourceDocument> ordered(String regionCode) {
        return regionCode == null
                ? list("order by publishedOn desc nulls last, id")
                : list("regionCode = ?1 order by publishedOn desc nulls last, id", regionCode);
    }
}

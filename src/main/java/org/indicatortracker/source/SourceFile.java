package org.indicatortracker.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The original file of a source document, kept because government links disappear. Immutable once stored; its
 * bytes ({@code content}) are read and written with plain SQL only, so listing files never loads them.
 */
@Entity
@Table(name = "source_file")
public class SourceFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id")
    public long sourceId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    public static List<SourceFile> ofSource(long sourceId) {
        return list("sourceId = ?1 order by uploadedAt, id", sourceId);
    }

    public static Optional<SourceFile> of(long sourceId, long fileId) {
        return find("id = ?1 and sourceId = ?2", fileId, sourceId).firstResultOptional();
    }

    public static Optional<SourceFile> bySha(long sourceId, String sha256) {
        return find("sourceId = ?1 and sha256 = ?2", sourceId, sha256).firstResultOptional();
    }
}

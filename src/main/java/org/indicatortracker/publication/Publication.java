package org.indicatortracker.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts published together. Without the approval setting a publication is published when it is made; with it,
 * it stays {@code pending} until an editor other than the requester approves (or rejects) it.
 */
@Entity
public class Publication extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String note;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_item", joinColumns = @JoinColumn(name = "publication_id"))
    public List<Item> items = new ArrayList<>();

    /** One draft of the publication, with the version that was requested (and reviewed). */
    @Embeddable
    public static class Item {
        @Column(name = "figure_kind")
        public String kind;

        @Column(name = "figure_id")
        public long figureId;

        @Column(name = "figure_version")
        public long figureVersion;

        /** The figure that became public: the draft itself, or the original a draft change was copied onto. */
        @Column(name = "published_id")
        public Long publishedId;

        public Item() {
        }

        Item(String kind, long figureId, long figureVersion) {
            this.kind = kind;
            this.figureId = figureId;
            this.figureVersion = figureVersion;
        }
    }

    /** Pending publications that hold this draft. */
    static List<Publication> pendingWith(String kind, long figureId) {
        return list("select distinct p from Publication p join p.items i where p.status = ?1 and i.kind = ?2 and i.figureId = ?3",
                PENDING, kind, figureId);
    }
}

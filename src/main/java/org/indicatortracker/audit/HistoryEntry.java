package org.indicatortracker.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of a figure as its history shows it.
 *
 * @param action created, updated, published, withdrawn or deleted
 * @param actor who made it; shown to editors only (null for the public)
 * @param via how: api, import, publication, withdrawal, system, or sql for a change made directly in the database
 * @param ref what it belonged to, e.g. {@code import:12} or {@code publication:7}
 * @param reason the withdrawal reason, on a withdrawal
 * @param changes the fields that changed, with their values before and after
 */
@Schema(name = "HistoryEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(long id, OffsetDateTime at, String action, String actor, String via, String ref,
                           String reason, List<Change> changes) {

    /** One field: {@code from} is absent for a creation, {@code to} for a deletion. */
    @Schema(name = "HistoryChange")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(String field, Object from, Object to) {
    }
}

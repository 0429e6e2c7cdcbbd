package org.indicatortracker.ingest;

import java.util.ArrayList;
import java.util.List;
import org.indicatortracker.ingest.file.ImportRow;
import org.indicatortracker.ingest.file.RowError;

/**
 * What an import would do, row by row: create a figure, update one (or prepare a draft change of a published
 * one), or leave it as it is. Computed the same way for a dry run and for a commit.
 */
final class ImportPlan {

    /** A figure as stored, with its content in {@link ImportRow#content()} order. */
    record Existing(long id, long version, String status, Long draftOf, Object[] content) {
        boolean published() {
            return "published".equals(status);
        }
    }

    /** @param draftOf for a new draft change of a published figure: that figure's id */
    record Create(ImportRow row, Long draftOf) {
    }

    record Update(ImportRow row, Existing existing) {
    }

    final List<Create> creates = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    final List<RowError> warnings = new ArrayList<>();
    int unchanged;

    /** New figures (draft changes of existing ones count as updates). */
    int created() {
        return (int) creates.stream().filter(c -> c.draftOf() == null).count();
    }

    int updated() {
        return updates.size() + (int) creates.stream().filter(c -> c.draftOf() != null).count();
    }
}

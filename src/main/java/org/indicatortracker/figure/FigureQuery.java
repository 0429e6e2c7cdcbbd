package org.indicatortracker.figure;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import org.indicatortracker.domain.PublicationStatus;

/** Builds the filtered, paged list queries of targets and outcomes from optional filters. */
final class FigureQuery {

    private final StringBuilder where;
    private final Parameters params;

    /** @param entity "Target" or "Actual"; the query uses the alias {@code f} for it. */
    FigureQuery(String entity, List<PublicationStatus> statuses) {
        where = new StringBuilder("from " + entity + " f where f.status in :statuses");
        params = Parameters.with("statuses", statuses);
    }

    FigureQuery eq(String field, Object value) {
        if (value != null) {
            where.append(" and f.").append(field).append(" = :").append(field);
            params.and(field, value);
        }
        return this;
    }

    FigureQuery and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** @param orderBy fields of {@code f}, comma-separated */
    String query(String orderBy) {
        return where + " order by " + java.util.Arrays.stream(orderBy.split(",\\s*"))
                .map(field -> "f." + field).collect(java.util.stream.Collectors.joining(", "));
    }

    Parameters params() {
        return params;
    }
}

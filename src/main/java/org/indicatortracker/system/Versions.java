package org.indicatortracker.system;

import java.util.Map;

/**
 * Optimistic locking at the HTTP edge. Hibernate only checks the version it loaded, not one the client sends,
 * so every update and delete compares the client's version with the stored one first.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * @param sent the version the client based its change on; required for updates
     * @param current a view of the record as stored now, returned with the 409 so the user can redo the change
     */
    public static void check(Long sent, long stored, Object current) {
        if (sent == null) {
            throw ApiException.badRequest("version", "is required: send the version you read, so a concurrent change is not overwritten");
        }
        if (sent != stored) {
            throw new ApiException(ProblemMappers.staleProblem().withCurrent(current(stored, current)));
        }
    }

    /** The {@code current} member of a 409 problem: the record's version and a view of it as stored now. */
    public static Map<String, Object> current(long version, Object view) {
        return Map.of("version", version, "value", view);
    }
}

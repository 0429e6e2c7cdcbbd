package org.indicatortracker.figure;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;

/**
 * What differs between targets and outcomes for the endpoints they share ({@link FigureEndpoints}): how one is
 * found, filled from a request, checked for a duplicate and shown. One instance per kind, in its resource.
 *
 * @param noun the kind in messages and paths: "target", "outcome"
 * @param collection the API path of the kind, e.g. {@code /api/v1/targets}
 * @param auditKind the kind as the audit trail names it ({@link Figure#kind()})
 * @param apply checks a validated input (400 with the bad fields) and copies it onto a figure with a status
 * @param duplicateCheck 409 when another live figure has the same natural key
 */
public record FigureKind<F extends Figure, I extends FigureFields, V>(
        String noun, String collection, String auditKind, Supplier<F> create, LongFunction<Optional<F>> byId,
        LongFunction<Optional<F>> draftCopyOf, Applier<I, F> apply, Consumer<F> duplicateCheck, Function<F, V> view) {

    /** Fills a figure from a request. */
    @FunctionalInterface
    public interface Applier<I, F> {
        void apply(I input, F figure, PublicationStatus status);
    }

    /** The figure of an id from the path; 404 when there is none. */
    public F find(String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        return byId.apply(key).orElseThrow(() -> notFound(key));
    }

    ApiException notFound(long id) {
        return ApiException.notFound("No " + noun + " has id " + id + ".");
    }

    /**
     * Checks a validated input (references, cross-field rules, region limit, duplicates) and stores it: the one path
     * by which figures of this kind are created, shared with the extraction commit. Throws {@link ApiException}
     * (400/403/409) on a problem.
     */
    public F persistNew(I in, SecurityIdentity identity, PublicationStatus status) {
        F f = create.get();
        apply.apply(in, f, status);
        FigureChecks.requireRegion(identity, f.regionCode);
        duplicateCheck.accept(f);
        f.persist();
        return f;
    }

    /** Where a figure of this kind is read. */
    public String location(Figure f) {
        return collection + "/" + f.id;
    }
}

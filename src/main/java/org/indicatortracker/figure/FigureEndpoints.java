package org.indicatortracker.figure;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.indicatortracker.audit.FigureHistory;
import org.indicatortracker.audit.HistoryEntry;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.publication.PublicationPayloads.WithdrawalInput;
import org.indicatortracker.publication.PublicationPolicy;
import org.indicatortracker.publication.PublicationService;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Versions;

/**
 * The endpoints targets and outcomes share, written once: reading one (drafts only for accounts), its history,
 * creating, correcting, preparing a draft change, withdrawing and deleting. Each checks the editor's region limit
 * and the version the client read (a stale one gets 409 with the current value). The resources keep the HTTP
 * mapping and the API documentation; callers run inside their transaction.
 */
@ApplicationScoped
public class FigureEndpoints {

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicationPolicy policy;

    @Inject
    PublicationService publications;

    @Inject
    FigureHistory history;

    public <F extends Figure, V> V get(FigureKind<F, ?, V> kind, String id) {
        return kind.view().apply(readable(kind, id));
    }

    /** The audit trail of one figure; editors also see drafts, deleted figures and who made each change. */
    public List<HistoryEntry> history(FigureKind<?, ?, ?> kind, String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        boolean editor = FigureChecks.isEditor(identity);
        Figure f = kind.byId().apply(key).orElse(null);
        if (f == null ? !(editor && history.exists(kind.auditKind(), key)) : f.status == PublicationStatus.DRAFT && !editor) {
            throw kind.notFound(key);
        }
        return history.of(kind.auditKind(), key, editor);
    }

    public <F extends Figure, I extends FigureFields, V> Response create(FigureKind<F, I, V> kind, I in) {
        F f = kind.persistNew(in, identity, policy.forCreate(in.status()));
        return Response.created(URI.create(kind.location(f))).entity(kind.view().apply(f)).build();
    }

    public <F extends Figure, I extends FigureFields, V> V update(FigureKind<F, I, V> kind, String id, I in) {
        F f = kind.find(id);
        FigureChecks.requireRegion(identity, f.regionCode);
        Versions.check(in.version(), f.version, kind.view().apply(f));
        kind.apply().apply(in, f, policy.forEdit(f, in.status()));
        FigureChecks.requireRegion(identity, f.regionCode);
        kind.duplicateCheck().accept(f);
        f.flush();
        return kind.view().apply(f);
    }

    /** A draft change of a published figure, which replaces it when published. */
    public <F extends Figure, I extends FigureFields, V> Response draft(FigureKind<F, I, V> kind, String id, I in) {
        F original = kind.find(id);
        FigureChecks.requireRegion(identity, original.regionCode);
        Versions.check(in.version(), original.version, kind.view().apply(original));
        policy.checkDraftable(original, kind.draftCopyOf().apply(original.id), kind.view()::apply);
        F copy = kind.create().get();
        kind.apply().apply(in, copy, PublicationStatus.DRAFT);
        FigureChecks.requireRegion(identity, copy.regionCode);
        copy.draftOf = original.id;
        kind.duplicateCheck().accept(copy);
        copy.persist();
        return Response.created(URI.create(kind.location(copy))).entity(kind.view().apply(copy)).build();
    }

    public <F extends Figure, V> V withdraw(FigureKind<F, ?, V> kind, String id, WithdrawalInput in) {
        F f = kind.find(id);
        Versions.check(in.version(), f.version, kind.view().apply(f));
        publications.withdraw(f, in.reason());
        return kind.view().apply(f);
    }

    /** Deletes a draft; {@code version}, when given, guards against a concurrent change. */
    public <F extends Figure> Response delete(FigureKind<F, ?, ?> kind, String id, String version) {
        F f = kind.find(id);
        FigureChecks.requireRegion(identity, f.regionCode);
        if (Params.present(version)) {
            Versions.check((long) Params.integer("version", version, 0, Integer.MAX_VALUE), f.version, kind.view().apply(f));
        }
        policy.checkDeletable(f);
        f.delete();
        return Response.noContent().build();
    }

    /**
     * A figure the caller may read: the public sees published and withdrawn figures (a withdrawn one with its
     * reason); drafts need an account.
     */
    public <F extends Figure> F readable(FigureKind<F, ?, ?> kind, String id) {
        F f = kind.find(id);
        if (f.status == PublicationStatus.DRAFT && identity.isAnonymous()) {
            throw kind.notFound(f.id);
        }
        return f;
    }
}

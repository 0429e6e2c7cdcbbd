package org.indicatortracker.publication;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indicatortracker.account.RegionAccess;
import org.indicatortracker.audit.AuditContext;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.Figure;
import org.indicatortracker.figure.Target;
import org.indicatortracker.publication.PublicationPayloads.PublicationRequest;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Lang;
import org.indicatortracker.system.Lang.Text;
import org.indicatortracker.system.Problem;
import org.indicatortracker.system.Problem.FieldError;

/**
 * Publishes drafts together, with or without a second editor's approval, and withdraws published figures.
 * Every figure change here is stamped for the audit trail with {@code via = publication | withdrawal}.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

    private static final Text CONFLICT = Text.of("冲突", "Conflict");
    private static final Text INVALID = Text.of("请求无效", "Invalid request");

    @Inject
    EntityManager em;

    @Inject
    AuditContext audit;

    @Inject
    PublicationPolicy policy;

    /** Editors limited to regions publish, approve, reject and withdraw figures of their regions only. */
    @Inject
    SecurityIdentity identity;

    /** Publishes the selected drafts at once, or (approval setting) records a pending request. */
    public Publication request(PublicationRequest in) {
        List<Figure> drafts = select(in);
        drafts.forEach(f -> RegionAccess.requireEditable(identity, f.regionCode));
        Publication p = new Publication();
        p.requestedBy = audit.actor();
        p.requestedAt = Instant.now();
        p.note = blankToNull(in.note());
        p.status = Publication.PENDING;
        for (Figure f : drafts) {
            p.items.add(new Publication.Item(f.kind(), f.id, f.version));
        }
        p.persist();
        p.flush();
        if (!policy.approvalRequired()) {
            publish(p, drafts);
        }
        return p;
    }

    /** A second editor approves a pending publication: exactly the reviewed versions become public. */
    public Publication approve(long id, String note) {
        Publication p = pending(id);
        String approver = audit.actor();
        if (approver.equals(p.requestedBy)) {
            throw Lang.problem(403, Text.of("禁止", "Forbidden"), Text.of(
                    "发布需要另一位编辑审核：提交人不能审核自己的发布。",
                    "Publishing needs a second editor: you cannot approve your own request."));
        }
        List<Figure> drafts = new ArrayList<>();
        List<FieldError> changedSince = new ArrayList<>();
        Locale lang = Lang.current();
        for (Publication.Item item : p.items) {
            Figure f = find(item.kind, item.figureId);
            if (f != null) {
                RegionAccess.requireEditable(identity, f.regionCode);
            }
            if (f == null || f.status != PublicationStatus.DRAFT || f.version != item.figureVersion) {
                changedSince.add(new FieldError(item.kind + ":" + item.figureId, Text.of(
                        "提交后已被修改、发布或删除", "was changed, published or deleted after the request").in(lang)));
            } else {
                drafts.add(f);
            }
        }
        if (!changedSince.isEmpty()) {
            throw new ApiException(Problem.of(409, CONFLICT.in(lang), Text.of(
                    "有草稿在提交后被改动，审核的内容已不是当前内容：请驳回后重新提交。",
                    "Some drafts changed after the request, so what was reviewed is no longer what would be published: "
                            + "reject it and request again.").in(lang)).withErrors(changedSince));
        }
        p.decidedBy = approver;
        p.note = note == null || note.isBlank() ? p.note : note.trim();
        publish(p, drafts);
        return p;
    }

    public Publication reject(long id, String note) {
        Publication p = pending(id);
        for (Publication.Item item : p.items) {
            Figure f = find(item.kind, item.figureId);
            if (f != null) {
                RegionAccess.requireEditable(identity, f.regionCode);
            }
        }
        p.status = Publication.REJECTED;
        p.decidedBy = audit.actor();
        p.decidedAt = Instant.now();
        p.note = note == null || note.isBlank() ? p.note : note.trim();
        return p;
    }

    /** Takes a published figure out of public lists; the reason goes into its public history. */
    public void withdraw(Figure f, String reason) {
        RegionAccess.requireEditable(identity, f.regionCode);
        if (f.status != PublicationStatus.PUBLISHED) {
            throw Lang.problem(409, CONFLICT, Text.of(
                    "只有已发布的数据可以撤回；草稿可直接删除。",
                    "Only a published figure can be withdrawn; a draft can simply be deleted."));
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("reason", Text.of("撤回必须说明理由", "a withdrawal needs a reason").current());
        }
        audit.stamp(em, AuditContext.VIA_WITHDRAWAL, null);
        // A pending draft change of the figure can no longer be published.
        Figure draft = f instanceof Target ? Target.draftCopyOf(f.id).orElse(null) : Actual.draftCopyOf(f.id).orElse(null);
        if (draft != null) {
            draft.delete();
        }
        f.status = PublicationStatus.WITHDRAWN;
        f.withdrawnReason = reason.trim();
        f.withdrawnAt = Instant.now();
        f.withdrawnBy = audit.actor();
        em.flush();
    }

    private void publish(Publication p, List<Figure> drafts) {
        audit.stamp(em, AuditContext.VIA_PUBLICATION, "publication:" + p.id);
        List<Figure> copies = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Figure draft = drafts.get(i);
            Publication.Item item = p.items.get(i);
            if (draft.draftOf == null) {
                draft.status = PublicationStatus.PUBLISHED;
                item.publishedId = draft.id;
            } else {
                Figure original = find(draft.kind(), draft.draftOf);
                if (original == null || original.status != PublicationStatus.PUBLISHED) {
                    throw Lang.problem(409, CONFLICT, Text.of(
                            "草稿 " + draft.id + " 要替换的数据已不再发布（已撤回或删除）。",
                            "The figure draft " + draft.id + " would replace is no longer published (withdrawn or deleted)."));
                }
                original.copyContentFrom(draft);
                copies.add(draft);
                item.publishedId = original.id;
            }
        }
        // Draft copies are spent once their content is on the original (their own history ends here).
        copies.forEach(Figure::delete);
        em.flush();
        p.status = Publication.PUBLISHED;
        p.decidedAt = Instant.now();
        if (p.decidedBy == null) {
            p.decidedBy = p.requestedBy;
        }
    }

    /** The drafts a request names, all checked; every problem is listed at once. */
    private List<Figure> select(PublicationRequest in) {
        boolean byIds = in.targets() != null && !in.targets().isEmpty() || in.actuals() != null && !in.actuals().isEmpty();
        boolean byRegion = in.region() != null || in.year() != null;
        Locale lang = Lang.current();
        if (byIds == byRegion || byRegion && (in.region() == null || in.year() == null)) {
            throw new ApiException(Problem.of(400, INVALID.in(lang), Text.of(
                    "请给出草稿编号（targets、actuals），或者地区和年份（region、year），二者选一。",
                    "Name the drafts (targets, actuals) or a region and year (region, year), not both.").in(lang)));
        }
        List<Figure> drafts = new ArrayList<>();
        if (byRegion) {
            drafts.addAll(Target.list("regionCode = ?1 and year = ?2 and status = ?3 order by id", in.region(), in.year(), PublicationStatus.DRAFT));
            drafts.addAll(Actual.list("regionCode = ?1 and year = ?2 and status = ?3 order by id", in.region(), in.year(), PublicationStatus.DRAFT));
            if (drafts.isEmpty()) {
                throw new ApiException(Problem.of(400, INVALID.in(lang), Text.of(
                        in.region() + " " + in.year() + " 年没有待发布的草稿。",
                        "There are no drafts of " + in.region() + " " + in.year() + " to publish.").in(lang)));
            }
        } else {
            List<FieldError> errors = new ArrayList<>();
            collect(Target.KIND, "targets", in.targets(), drafts, errors, lang);
            collect(Actual.KIND, "actuals", in.actuals(), drafts, errors, lang);
            if (!errors.isEmpty()) {
                throw new ApiException(Problem.of(409, CONFLICT.in(lang), Text.of(
                        "只有草稿可以发布；下列编号有问题。", "Only drafts can be published; see errors.").in(lang))
                        .withErrors(errors));
            }
        }
        List<FieldError> busy = new ArrayList<>();
        List<Figure> free = new ArrayList<>();
        for (Figure f : drafts) {
            // Lock each draft so that two requests cannot both take it.
            em.lock(f, LockModeType.PESSIMISTIC_WRITE);
            List<Publication> holding = Publication.pendingWith(f.kind(), f.id);
            holding.forEach(other -> busy.add(new FieldError(f.kind() + ":" + f.id, Text.of(
                    "已在待审核的发布 " + other.id + " 中", "is already in pending publication " + other.id).in(lang))));
            if (holding.isEmpty()) {
                free.add(f);
            }
        }
        // Named drafts must all be free; "the region and year" means its drafts that are not already awaiting approval.
        if (!busy.isEmpty() && (byIds || free.isEmpty())) {
            throw new ApiException(Problem.of(409, CONFLICT.in(lang), byIds
                    ? Text.of("有草稿已在等待审核。", "Some drafts are already awaiting approval.").in(lang)
                    : Text.of(in.region() + " " + in.year() + " 年的草稿都已在等待审核。",
                            "Every draft of " + in.region() + " " + in.year() + " is already awaiting approval.").in(lang))
                    .withErrors(busy));
        }
        return free;
    }

    private static void collect(String kind, String field, List<Long> ids, List<Figure> drafts, List<FieldError> errors,
                                Locale lang) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            Figure f = id == null ? null : find(kind, id);
            String at = field + "[" + i + "]";
            if (f == null) {
                errors.add(new FieldError(at, Text.of("没有编号为 " + id + " 的数据", "no " + kind + " has id " + id).in(lang)));
            } else if (f.status != PublicationStatus.DRAFT) {
                errors.add(new FieldError(at, Text.of(id + " 不是草稿（" + f.status.wire() + "）",
                        id + " is not a draft (" + f.status.wire() + ")").in(lang)));
            } else if (drafts.stream().anyMatch(d -> d.kind().equals(kind) && d.id.equals(f.id))) {
                errors.add(new FieldError(at, Text.of(id + " 重复", id + " is listed twice").in(lang)));
            } else {
                drafts.add(f);
            }
        }
    }

    private static Figure find(String kind, long id) {
        return Target.KIND.equals(kind) ? Target.<Target>findById(id) : Actual.<Actual>findById(id);
    }

    private static Publication pending(long id) {
        Publication p = Publication.<Publication>findByIdOptional(id).orElseThrow(() -> Lang.problem(404,
                Text.of("未找到", "Not found"), Text.of("没有编号为 " + id + " 的发布。", "No publication has id " + id + ".")));
        if (!Publication.PENDING.equals(p.status)) {
            throw Lang.problem(409, CONFLICT, Text.of("这次发布已经处理过（" + p.status + "）。",
                    "This publication was already decided (" + p.status + ")."));
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

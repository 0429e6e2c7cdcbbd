package org.indicatortracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.figure.Figure;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Lang;
import org.indicatortracker.system.Lang.Text;
import org.indicatortracker.system.Versions;

/**
 * What a direct write (create, edit, delete) may do to a figure's publication status. The rules:
 * <ul>
 *   <li>a published figure stays public while it is being changed: a change is prepared as a draft copy
 *       ({@code POST .../drafts}) and published with the others of its publication;</li>
 *   <li>a published figure is withdrawn with a reason, never deleted;</li>
 *   <li>with the approval setting, no write makes anything public by itself: new figures default to draft and
 *       published figures are changed through draft copies only.</li>
 * </ul>
 */
@ApplicationScoped
public class PublicationPolicy {

    private static final Text TITLE = Text.of("冲突", "Conflict");

    @Inject
    PublicationConfig config;

    public boolean approvalRequired() {
        return config.requireApproval();
    }

    /** The status a new figure gets: as requested, by default published (draft under the approval setting). */
    public PublicationStatus forCreate(PublicationStatus requested) {
        if (requested == null) {
            return approvalRequired() ? PublicationStatus.DRAFT : PublicationStatus.PUBLISHED;
        }
        if (requested == PublicationStatus.PUBLISHED && approvalRequired()) {
            throw needsApproval();
        }
        return requested;
    }

    /** The status an edited figure keeps or gets; refuses edits that would bypass drafts, approval or withdrawal. */
    public PublicationStatus forEdit(Figure current, PublicationStatus requested) {
        switch (current.status) {
            case WITHDRAWN -> throw Lang.problem(409, TITLE, Text.of(
                    "已撤回的数据不能再编辑；如需更正，请新建一条。",
                    "A withdrawn figure cannot be edited; enter a corrected figure as a new one."));
            case PUBLISHED -> {
                if (requested == PublicationStatus.DRAFT || approvalRequired()) {
                    throw Lang.problem(409, TITLE, Text.of(
                            "已发布的数据在修改期间保持公开：请用 POST .../" + current.id + "/drafts 保存修改草稿，再提交发布。",
                            "A published figure stays public while it is changed: save the change as a draft with POST .../"
                                    + current.id + "/drafts, then publish it."));
                }
                return PublicationStatus.PUBLISHED;
            }
            default -> {
                if (current.draftOf != null) {
                    if (requested == PublicationStatus.PUBLISHED) {
                        throw Lang.problem(409, TITLE, Text.of(
                                "修改草稿通过 POST /api/v1/publications 发布。",
                                "A draft change is published with POST /api/v1/publications."));
                    }
                    return PublicationStatus.DRAFT;
                }
                return forCreate(requested);
            }
        }
    }

    /** Only drafts are deleted; a published figure is withdrawn with a reason. */
    public void checkDeletable(Figure f) {
        if (f.status != PublicationStatus.DRAFT) {
            throw Lang.problem(409, TITLE, Text.of(
                    "已发布的数据不能删除，只能撤回并说明理由：POST .../" + f.id + "/withdrawal。",
                    "A published figure is not deleted but withdrawn with a reason: POST .../" + f.id + "/withdrawal."));
        }
    }

    /**
     * A draft change can be prepared for a published figure that has none yet. When it has one, the 409 carries that
     * draft in {@code current} ({@code version} and {@code value}, as a stale edit does), so a client can show it and
     * save the change into it instead.
     */
    public <F extends Figure> void checkDraftable(Figure f, Optional<F> existingDraft, Function<F, Object> view) {
        if (f.status != PublicationStatus.PUBLISHED) {
            throw Lang.problem(409, TITLE, Text.of(
                    "只能为已发布的数据保存修改草稿；草稿可直接编辑。",
                    "Draft changes are for published figures; edit a draft directly."));
        }
        existingDraft.ifPresent(draft -> {
            ApiException exists = Lang.problem(409, TITLE, Text.of(
                    "这条数据已有修改草稿（编号 " + draft.id + "），请编辑那份草稿。",
                    "This figure already has a draft change (id " + draft.id + "); edit that draft."));
            throw new ApiException(exists.problem().withCurrent(Versions.current(draft.version, view.apply(draft))));
        });
    }

    static ApiException needsApproval() {
        return Lang.problem(409, TITLE, Text.of(
                "发布需要另一位编辑审核：请保存为草稿（status=draft），再通过 POST /api/v1/publications 提交发布。",
                "Publishing needs a second editor's approval: save as a draft (status=draft), then request publication "
                        + "with POST /api/v1/publications."));
    }
}

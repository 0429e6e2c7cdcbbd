package org.indicatortracker.figure;

import io.quarkus.security.identity.SecurityIdentity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indicatortracker.account.RegionAccess;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;
import org.indicatortracker.source.SourceDocument;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem.FieldError;

/**
 * The rules every target and outcome write obeys, in one place: the API applies them to request bodies, the
 * import to each row of a file. Each rule has a Chinese and an English message.
 */
public final class FigureChecks {

    private FigureChecks() {
    }

    /** Answers whether the codes a figure names exist; the API asks the database, an import a snapshot. */
    public interface References {
        boolean region(String code);

        boolean indicator(String key);

        boolean source(long id);
    }

    /** Looks everything up in the database (inside the caller's transaction). */
    public static final References DATABASE = new References() {
        @Override
        public boolean region(String code) {
            return Region.byCode(code).isPresent();
        }

        @Override
        public boolean indicator(String key) {
            return Indicator.byKey(key).isPresent();
        }

        @Override
        public boolean source(long id) {
            return SourceDocument.byId(id).isPresent();
        }
    };

    /** Each rule with its message in Chinese and in English; {@code %s} takes the offending value or comparator. */
    public enum Rule {
        UNKNOWN_REGION("没有代码为“%s”的地区，见 GET /api/v1/regions", "no region has code '%s'; see GET /api/v1/regions"),
        UNKNOWN_INDICATOR("没有键为“%s”的指标，见 GET /api/v1/indicators", "no indicator has key '%s'; see GET /api/v1/indicators"),
        UNKNOWN_REF_INDICATOR("没有键为“%s”的指标", "no indicator has key '%s'"),
        UNKNOWN_SOURCE("没有编号为 %s 的来源文件，见 GET /api/v1/sources", "no source document has id %s; see GET /api/v1/sources"),
        VALUE_REQUIRED("比较方式为 %s 时必须填写数值", "is required for comparator %s"),
        VALUE_NOT_ALLOWED("比较方式为 %s 时数值必须为空", "must be empty for comparator %s"),
        RANGE_HIGH_REQUIRED("区间目标必须填写上限", "is required for a range (the upper end)"),
        RANGE_HIGH_BELOW_LOW("上限不能小于数值", "must not be below value"),
        HIGH_ONLY_FOR_RANGE("只有比较方式为区间（range）时才填写上限", "is only used with comparator range"),
        REF_REQUIRED("相对目标必须填写参照指标（如 gdp_growth）", "is required for a relative figure (e.g. gdp_growth)"),
        RELATION_REQUIRED("相对目标必须填写关系：高于（above）或同步（in_step）", "is required for a relative figure: above or in_step"),
        REF_ONLY_FOR_RELATIVE("只有比较方式为相对（relative）时才填写参照指标", "is only used with comparator relative"),
        RELATION_ONLY_FOR_RELATIVE("只有比较方式为相对（relative）时才填写关系", "is only used with comparator relative"),
        BASE_TOGETHER("基期年份和基期数值须同时填写（多年目标的起点）", "baseYear and baseValue go together (a multi-year target's starting point)"),
        BASE_BEFORE_YEAR("基期年份必须早于目标年份", "must be before year"),
        NO_WITHDRAW_BY_EDIT("不能通过编辑撤回：请用撤回功能并说明理由", "cannot be set by an edit: withdraw a published figure with POST .../withdrawal and a reason");

        private final String zh;
        private final String en;

        Rule(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String message(Locale locale, Object arg) {
            return String.format(Locale.ROOT, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh, arg);
        }
    }

    /** One broken rule: {@code field} is the API field name ("valueHigh"). */
    public record Violation(String field, Rule rule, Object arg) {
        public String message(Locale locale) {
            return rule.message(locale, arg);
        }
    }

    /** Cross-field and reference checks that annotations cannot express; collects every problem at once. */
    public static List<Violation> violations(FigureFields in, References refs) {
        List<Violation> out = new ArrayList<>();
        if (in.region() != null && !refs.region(in.region())) {
            out.add(new Violation("region", Rule.UNKNOWN_REGION, in.region()));
        }
        if (in.indicator() != null && !refs.indicator(in.indicator())) {
            out.add(new Violation("indicator", Rule.UNKNOWN_INDICATOR, in.indicator()));
        }
        Comparator c = in.comparator();
        if (c != null) {
            boolean numeric = c != Comparator.RELATIVE && c != Comparator.QUALITATIVE;
            if (numeric && in.value() == null) {
                out.add(new Violation("value", Rule.VALUE_REQUIRED, c.wire()));
            }
            if (!numeric && in.value() != null) {
                out.add(new Violation("value", Rule.VALUE_NOT_ALLOWED, c.wire()));
            }
            if (c == Comparator.RANGE) {
                if (in.valueHigh() == null) {
                    out.add(new Violation("valueHigh", Rule.RANGE_HIGH_REQUIRED, null));
                } else if (in.value() != null && in.valueHigh().compareTo(in.value()) < 0) {
                    out.add(new Violation("valueHigh", Rule.RANGE_HIGH_BELOW_LOW, null));
                }
            } else if (in.valueHigh() != null) {
                out.add(new Violation("valueHigh", Rule.HIGH_ONLY_FOR_RANGE, null));
            }
            if (c == Comparator.RELATIVE) {
                if (in.refIndicator() == null) {
                    out.add(new Violation("refIndicator", Rule.REF_REQUIRED, null));
                }
                if (in.relation() == null) {
                    out.add(new Violation("relation", Rule.RELATION_REQUIRED, null));
                }
            } else {
                if (in.refIndicator() != null) {
                    out.add(new Violation("refIndicator", Rule.REF_ONLY_FOR_RELATIVE, null));
                }
                if (in.relation() != null) {
                    out.add(new Violation("relation", Rule.RELATION_ONLY_FOR_RELATIVE, null));
                }
            }
        }
        if (in.refIndicator() != null && !refs.indicator(in.refIndicator())) {
            out.add(new Violation("refIndicator", Rule.UNKNOWN_REF_INDICATOR, in.refIndicator()));
        }
        if (in.sourceId() != null && !refs.source(in.sourceId())) {
            out.add(new Violation("sourceId", Rule.UNKNOWN_SOURCE, in.sourceId()));
        }
        if (in.status() == PublicationStatus.WITHDRAWN) {
            out.add(new Violation("status", Rule.NO_WITHDRAW_BY_EDIT, null));
        }
        return out;
    }

    /** The rules only targets have: a multi-year target's base year and value. */
    public static List<Violation> targetViolations(Integer year, Integer baseYear, BigDecimal baseValue) {
        if ((baseYear == null) != (baseValue == null)) {
            return List.of(new Violation("baseYear", Rule.BASE_TOGETHER, null));
        }
        if (baseYear != null && year != null && baseYear >= year) {
            return List.of(new Violation("baseYear", Rule.BASE_BEFORE_YEAR, null));
        }
        return List.of();
    }

    /** The API's form: English field errors, checked against the database. */
    static List<FieldError> check(FigureFields in) {
        return english(violations(in, DATABASE));
    }

    static List<FieldError> english(List<Violation> violations) {
        return violations.stream().map(v -> new FieldError(v.field(), v.message(Locale.ENGLISH))).toList();
    }

    static void copy(FigureFields in, Figure f) {
        f.regionCode = in.region();
        f.indicatorKey = in.indicator();
        f.year = in.year();
        f.comparator = in.comparator();
        f.value = in.value();
        f.valueHigh = in.valueHigh();
        f.refIndicatorKey = in.refIndicator();
        f.relation = in.relation();
        f.basis = in.basis();
        f.source = in.sourceId() == null ? null : SourceDocument.byId(in.sourceId()).orElseThrow();
        f.quote = in.quote();
        f.status = in.status() == null ? PublicationStatus.PUBLISHED : in.status();
    }

    /**
     * Which publication statuses a read may see: the public sees published figures; {@code status=draft},
     * {@code withdrawn} or {@code all} needs an editor.
     */
    static List<PublicationStatus> visible(String raw, SecurityIdentity identity) {
        if (!Params.present(raw) || raw.trim().equalsIgnoreCase("published")) {
            return List.of(PublicationStatus.PUBLISHED);
        }
        List<PublicationStatus> wanted = raw.trim().equalsIgnoreCase("all")
                ? List.of(PublicationStatus.values())
                : List.of(Params.enumCode("status", raw, PublicationStatus.class));
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (!identity.hasRole("editor") && !identity.hasRole("admin")) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return wanted;
    }

    /**
     * Editors limited to regions may only change figures of their regions (and those below); applied to the region a
     * figure has before and after a change, so nothing can be moved in or out of someone else's region.
     */
    static void requireRegion(SecurityIdentity identity, String regionCode) {
        RegionAccess.requireEditable(identity, regionCode);
    }

    static boolean isEditor(SecurityIdentity identity) {
        return !identity.isAnonymous() && (identity.hasRole("editor") || identity.hasRole("admin"));
    }

    static void requireFilterTargets(String region, String indicator) {
        if (region != null && Region.byCode(region).isEmpty()) {
            throw ApiException.notFound("No region has code '" + region + "'. See GET /api/v1/regions.");
        }
        if (indicator != null && Indicator.byKey(indicator).isEmpty()) {
            throw ApiException.notFound("No indicator has key '" + indicator + "'. See GET /api/v1/indicators.");
        }
    }
}

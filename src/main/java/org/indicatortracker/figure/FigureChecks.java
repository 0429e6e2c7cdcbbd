package org.indicatortracker.figure;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.ArrayList;
import java.util.List;
import org.indicatortracker.account.RegionAccess;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;
import org.indicatortracker.source.SourceDocument;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem.FieldError;

/** Checks shared by target and outcome writes, and the copy of shared fields onto an entity. */
final class FigureChecks {

    private FigureChecks() {
    }

    /** Cross-field and reference checks that annotations cannot express; collects every problem at once. */
    static List<FieldError> check(FigureFields in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.region() != null && Region.byCode(in.region()).isEmpty()) {
            errors.add(new FieldError("region", "no region has code '" + in.region() + "'; see GET /api/v1/regions"));
        }
        if (in.indicator() != null && Indicator.byKey(in.indicator()).isEmpty()) {
            errors.add(new FieldError("indicator", "no indicator has key '" + in.indicator() + "'; see GET /api/v1/indicators"));
        }
        Comparator c = in.comparator();
        if (c != null) {
            boolean numeric = c != Comparator.RELATIVE && c != Comparator.QUALITATIVE;
            if (numeric && in.value() == null) {
                errors.add(new FieldError("value", "is required for comparator " + c.wire()));
            }
            if (!numeric && in.value() != null) {
                errors.add(new FieldError("value", "must be empty for comparator " + c.wire()));
            }
            if (c == Comparator.RANGE) {
                if (in.valueHigh() == null) {
                    errors.add(new FieldError("valueHigh", "is required for a range (the upper end)"));
                } else if (in.value() != null && in.valueHigh().compareTo(in.value()) < 0) {
                    errors.add(new FieldError("valueHigh", "must not be below value"));
                }
            } else if (in.valueHigh() != null) {
                errors.add(new FieldError("valueHigh", "is only used with comparator range"));
            }
            if (c == Comparator.RELATIVE) {
                if (in.refIndicator() == null) {
                    errors.add(new FieldError("refIndicator", "is required for a relative figure (e.g. gdp_growth)"));
                }
                if (in.relation() == null) {
                    errors.add(new FieldError("relation", "is required for a relative figure: above or in_step"));
                }
            } else {
                if (in.refIndicator() != null) {
                    errors.add(new FieldError("refIndicator", "is only used with comparator relative"));
                }
                if (in.relation() != null) {
                    errors.add(new FieldError("relation", "is only used with comparator relative"));
                }
            }
        }
        if (in.refIndicator() != null && Indicator.byKey(in.refIndicator()).isEmpty()) {
            errors.add(new FieldError("refIndicator", "no indicator has key '" + in.refIndicator() + "'"));
        }
        if (in.sourceId() != null && SourceDocument.byId(in.sourceId()).isEmpty()) {
            errors.add(new FieldError("sourceId", "no source document has id " + in.sourceId() + "; see GET /api/v1/sources"));
        }
        return errors;
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
     * Which publication statuses a read may see: the public sees published figures; {@code status=draft} or
     * {@code all} needs an editor.
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

    static void requireFilterTargets(String region, String indicator) {
        if (region != null && Region.byCode(region).isEmpty()) {
            throw ApiException.notFound("No region has code '" + region + "'. See GET /api/v1/regions.");
        }
        if (indicator != null && Indicator.byKey(indicator).isEmpty()) {
            throw ApiException.notFound("No indicator has key '" + indicator + "'. See GET /api/v1/indicators.");
        }
    }
}

package org.indicatortracker.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.SourceKind;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.extraction.ExtractionPayloads.CommitInput;
import org.indicatortracker.extraction.ExtractionPayloads.CommitResult;
import org.indicatortracker.extraction.ExtractionPayloads.CommitStatement;
import org.indicatortracker.extraction.ExtractionPayloads.Created;
import org.indicatortracker.extraction.ExtractionPayloads.NewSource;
import org.indicatortracker.extraction.rules.Units;
import org.indicatortracker.figure.ActualPayloads.ActualInput;
import org.indicatortracker.figure.ActualResource;
import org.indicatortracker.figure.SourceRef;
import org.indicatortracker.figure.TargetPayloads.TargetInput;
import org.indicatortracker.figure.TargetResource;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;
import org.indicatortracker.source.SourceDocument;
import org.indicatortracker.source.SourceResource;
import org.indicatortracker.source.SourceResource.SourceInput;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.AppConfig;
import org.indicatortracker.system.Problem;
import org.indicatortracker.system.Problem.FieldError;

/**
 * Stores reviewed statements as draft targets and outcomes, linked to their source document with their quotes. All of
 * them or none: every statement is checked (by the same rules as {@code POST /api/v1/targets} and
 * {@code /api/v1/actuals}) and every problem is reported at once, named by the statement's index; any problem rolls
 * the whole commit back, including a source document created for it.
 */
@ApplicationScoped
public class ExtractionCommit {

    static final String MULTI_YEAR_NOTE = "多年数据（过去五年、年均等），非单一年度 · multi-year figure, not a single year's";

    @Inject
    Validator validator;

    @Inject
    AppConfig config;

    /** The signed-in editor: region limits apply to extraction commits as to any other write. */
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;
    @Inject
    org.indicatortracker.audit.AuditContext audit;

    @Transactional
    public CommitResult commit(CommitInput in) {
        audit.stamp(org.indicatortracker.audit.AuditContext.VIA_EXTRACTION, null); // the audit trail says how these arrived
        int max = config.extraction().maxCommit();
        if (in.statements().size() > max) {
            throw ApiException.badRequest("statements", "at most " + max + " statements can be committed at once, got "
                    + in.statements().size());
        }
        List<FieldError> errors = new ArrayList<>();
        SourceDocument source = source(in, errors);
        String region = in.region() != null ? in.region() : source == null ? null : source.regionCode;
        LocalDate date = in.publishedOn() != null ? in.publishedOn() : source == null ? null : source.publishedOn;
        if (source != null) {
            if (region == null) {
                errors.add(new FieldError("region", "is required: the source document names no region"));
            } else if (Region.byCode(region).isEmpty()) {
                errors.add(new FieldError("region", "no region has code '" + region + "'; see GET /api/v1/regions"));
            }
            boolean outcomes = in.statements().stream().anyMatch(s -> "actual".equals(s.kind()));
            if (date == null && outcomes) {
                errors.add(new FieldError("publishedOn", "is required for outcomes: the source document has no date"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        List<Created> created = new ArrayList<>();
        List<FieldError> conflicts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.statements().size(); i++) {
            CommitStatement st = in.statements().get(i);
            String at = "statements[" + i + "]";
            Optional<Indicator> indicator = indicator(st, at, errors);
            if (indicator.isEmpty()) {
                continue;
            }
            BigDecimal[] values = convert(st, indicator.get(), at, errors);
            if (values == null) {
                continue;
            }
            boolean target = "target".equals(st.kind());
            Vintage vintage = target ? null : vintage(st);
            String figure = (target ? "target " : "outcome " + vintage.wire() + " ") + st.indicator() + " " + st.year();
            Integer earlier = seen.putIfAbsent(figure, i);
            if (earlier != null) {
                errors.add(new FieldError(at, "is the same " + figure + " as statements[" + earlier
                        + "]; keep one of them"));
                continue;
            }
            Object input = target
                    ? new TargetInput(region, st.indicator(), st.year(), st.comparator(), values[0], values[1],
                            st.refIndicator(), st.relation(), null, null, null, null, null, wording(st.quote()), source.id,
                            st.quote(), date, PublicationStatus.DRAFT, null)
                    : new ActualInput(region, st.indicator(), st.year(), vintage, st.comparator(), values[0], values[1],
                            st.refIndicator(), st.relation(), null, date, source.id, st.quote(),
                            Boolean.TRUE.equals(st.multiYear()) ? MULTI_YEAR_NOTE : null, PublicationStatus.DRAFT, null);
            List<FieldError> invalid = validator.validate(input).stream()
                    .map(v -> new FieldError(at + "." + v.getPropertyPath(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            if (!invalid.isEmpty()) {
                errors.addAll(invalid);
                continue;
            }
            try {
                if (target) {
                    created.add(new Created(i, "target", TargetResource.KIND.persistNew((TargetInput) input, identity, PublicationStatus.DRAFT).id));
                } else {
                    created.add(new Created(i, "actual", ActualResource.KIND.persistNew((ActualInput) input, identity, PublicationStatus.DRAFT).id));
                }
            } catch (ApiException e) {
                List<FieldError> located = locate(at, e.problem());
                (e.problem().status() == 409 ? conflicts : errors).addAll(located);
            }
        }
        if (!errors.isEmpty()) {
            errors.addAll(conflicts);
            throw ApiException.invalid(errors);
        }
        if (!conflicts.isEmpty()) {
            throw new ApiException(Problem.of(409, "Conflict", conflicts.size() == 1 ? conflicts.get(0).field() + ": "
                    + conflicts.get(0).message() : conflicts.size() + " statements are already stored; see errors. "
                    + "Leave them out, or edit the stored figures instead.").withErrors(conflicts));
        }
        int targets = (int) created.stream().filter(c -> c.type().equals("target")).count();
        return new CommitResult(SourceRef.of(source), region, targets, created.size() - targets, created);
    }

    /** The existing document (sourceId) or a new one (source), or null with errors. */
    private SourceDocument source(CommitInput in, List<FieldError> errors) {
        if ((in.sourceId() == null) == (in.source() == null)) {
            errors.add(new FieldError("source", "send either sourceId (an existing document) or source (a new one)"));
            return null;
        }
        if (in.sourceId() != null) {
            Optional<SourceDocument> found = SourceDocument.byId(in.sourceId());
            if (found.isEmpty()) {
                errors.add(new FieldError("sourceId", "no source document has id " + in.sourceId() + "; see GET /api/v1/sources"));
            }
            return found.orElse(null);
        }
        NewSource ns = in.source();
        SourceInput si = new SourceInput(ns.title(), ns.issuingBody(), ns.region(), ns.publishedOn(),
                ns.kind() == null ? SourceKind.WORK_REPORT : ns.kind(), ns.url(), null);
        for (ConstraintViolation<SourceInput> v : validator.validate(si)) {
            errors.add(new FieldError("source." + v.getPropertyPath(), v.getMessage()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return SourceResource.register(si, identity);
        } catch (ApiException e) {
            errors.addAll(locate("source", e.problem()));
            return null;
        }
    }

    private static Optional<Indicator> indicator(CommitStatement st, String at, List<FieldError> errors) {
        if (st.indicator() == null || st.indicator().isBlank()) {
            String phrase = st.indicatorPhrase() == null || st.indicatorPhrase().isBlank() ? "this statement"
                    : "'" + st.indicatorPhrase() + "'";
            errors.add(new FieldError(at + ".indicator", phrase + " matches no indicator in the catalogue: choose an "
                    + "existing indicator key (GET /api/v1/indicators), or leave the statement out"));
            return Optional.empty();
        }
        Optional<Indicator> found = Indicator.byKey(st.indicator().trim());
        if (found.isEmpty()) {
            errors.add(new FieldError(at + ".indicator", "no indicator has key '" + st.indicator() + "'; see GET /api/v1/indicators"));
        }
        return found;
    }

    /** value and valueHigh in the indicator's unit, or null with an error when the units do not convert. */
    private static BigDecimal[] convert(CommitStatement st, Indicator indicator, String at, List<FieldError> errors) {
        BigDecimal value = st.value();
        BigDecimal high = st.valueHigh();
        String unit = st.unit() == null ? null : st.unit().trim();
        if (unit == null || unit.isEmpty() || (value == null && high == null) || unit.equals(indicator.unit)) {
            return new BigDecimal[] {value, high};
        }
        if (Units.factor(unit, indicator.unit) == null) {
            errors.add(new FieldError(at + ".unit", "is " + unit + " but " + indicator.key + " is measured in "
                    + indicator.unit + ", and one cannot be converted into the other: give the value in "
                    + indicator.unit + " and send unit " + indicator.unit + ", or choose another indicator"));
            return null;
        }
        return new BigDecimal[] {Units.convert(value, unit, indicator.unit), Units.convert(high, unit, indicator.unit)};
    }

    /** An explicit vintage wins; otherwise 预计 figures are estimates and the others preliminary figures. */
    static Vintage vintage(CommitStatement st) {
        if (st.vintage() != null) {
            return st.vintage();
        }
        return "estimate".equals(st.status()) ? Vintage.ESTIMATE : Vintage.PRELIMINARY;
    }

    private static String wording(String quote) {
        return quote == null ? null : quote.length() <= 500 ? quote : quote.substring(0, 500);
    }

    /** The problem's field errors under {@code prefix}, or its detail as one error on {@code prefix}. */
    private static List<FieldError> locate(String prefix, Problem p) {
        if (p.errors() == null || p.errors().isEmpty()) {
            return List.of(new FieldError(prefix, p.detail()));
        }
        return p.errors().stream().map(e -> new FieldError(prefix + "." + e.field(), e.message())).toList();
    }
}

package org.indicatortracker.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the audit trail of one figure and turns the stored old → new values into a readable history.
 *
 * <p>Editors see every entry with who made it. The public sees a figure's life from the moment it was first
 * published (draft work before that was never public), without user names, and with the withdrawal reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FigureHistory {

    /** Columns whose API name is not simply the camel-case column name. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "region_code", "region",
            "indicator_key", "indicator",
            "ref_indicator_key", "refIndicator",
            "source_id", "sourceId");
    /** Never shown to the public: who withdrew (a user name) and draft bookkeeping. */
    private static final Set<String> EDITOR_ONLY_FIELDS = Set.of("withdrawnBy", "draftOf");
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** True when the trail holds any entry for this figure (it may have been deleted since). */
    public boolean exists(String kind, long figureId) {
        return !em.createNativeQuery("select 1 from figure_audit where figure_kind = ?1 and figure_id = ?2 limit 1")
                .setParameter(1, kind).setParameter(2, figureId).getResultList().isEmpty();
    }

    /** The history of one figure, oldest change first. */
    public List<HistoryEntry> of(String kind, long figureId, boolean forEditor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, changed_at, action, actor, via, ref, "
                        + "cast(old_values as text), cast(new_values as text) from figure_audit "
                        + "where figure_kind = ?1 and figure_id = ?2 order by id")
                .setParameter(1, kind).setParameter(2, figureId).getResultList();
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        boolean public_ = false;
        for (Object[] r : rows) {
            Map<String, Object> before = parse((String) r[6]);
            Map<String, Object> after = parse((String) r[7]);
            String action = action((String) r[2], before, after);
            Object newStatus = after == null ? null : after.get("status");
            if (!forEditor && !public_) {
                if (!"published".equals(newStatus)) {
                    continue; // still a draft: never public
                }
                public_ = true;
            }
            List<HistoryEntry.Change> changes = changes(before, after, forEditor);
            String reason = "withdrawn".equals(action) ? (String) after.get("withdrawn_reason") : null;
            entries.add(new HistoryEntry(((Number) r[0]).longValue(), timestamp(r[1]), action,
                    forEditor ? (String) r[3] : null, (String) r[4], (String) r[5], reason, changes));
        }
        return entries;
    }

    static String action(String stored, Map<String, Object> before, Map<String, Object> after) {
        switch (stored) {
            case "insert":
                return "created";
            case "delete":
                return "deleted";
            default:
                Object status = after.get("status");
                if ("published".equals(status)) {
                    return "published";
                }
                if ("withdrawn".equals(status)) {
                    return "withdrawn";
                }
                return "updated";
        }
    }

    private List<HistoryEntry.Change> changes(Map<String, Object> before, Map<String, Object> after, boolean forEditor) {
        Map<String, HistoryEntry.Change> byField = new TreeMap<>();
        Set<String> columns = new java.util.TreeSet<>();
        if (before != null) {
            columns.addAll(before.keySet());
        }
        if (after != null) {
            columns.addAll(after.keySet());
        }
        for (String column : columns) {
            String field = fieldName(column);
            if (!forEditor && EDITOR_ONLY_FIELDS.contains(field)) {
                continue;
            }
            Object from = before == null ? null : plain(before.get(column));
            Object to = after == null ? null : plain(after.get(column));
            byField.put(field, new HistoryEntry.Change(field, from, to));
        }
        return new ArrayList<>(byField.values());
    }

    /** {@code value_high} → {@code valueHigh}, {@code region_code} → {@code region}: the names the API uses. */
    static String fieldName(String column) {
        String special = FIELD_NAMES.get(column);
        if (special != null) {
            return special;
        }
        StringBuilder sb = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** numeric(20,6) comes back as 5.500000: show it as written, 5.5. */
    private static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return value;
    }

    private Map<String, Object> parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, JSON_OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable audit row", e);
        }
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(value));
    }
}

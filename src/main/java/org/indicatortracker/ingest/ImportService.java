package org.indicatortracker.ingest;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.indicatortracker.audit.AuditContext;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Codes;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.ingest.ImportPlan.Create;
import org.indicatortracker.ingest.ImportPlan.Existing;
import org.indicatortracker.ingest.ImportPlan.Update;
import org.indicatortracker.ingest.file.Catalogue;
import org.indicatortracker.ingest.file.Column;
import org.indicatortracker.ingest.file.FileParser;
import org.indicatortracker.ingest.file.ImportRow;
import org.indicatortracker.ingest.file.ImportRow.Kind;
import org.indicatortracker.ingest.file.Message;
import org.indicatortracker.ingest.file.RowError;
import org.indicatortracker.system.Lang;
import org.indicatortracker.system.Lang.Text;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Imports a file of targets and outcomes. A dry run parses, validates and plans; a commit does the same under an
 * import lock and then applies the plan set-based, in one transaction: new figures with one {@code COPY} per table,
 * changed ones with one {@code COPY} into a temporary table and one {@code UPDATE ... FROM}. The audit triggers
 * record every row (via = import, ref = import:&lt;run id&gt;) and the data-version triggers (V3) invalidate response
 * caches, as for any other write. Any error means nothing is written.
 */
@ApplicationScoped
public class ImportService {

    /** Serialises import commits: "IMPORT". */
    private static final long IMPORT_LOCK = 0x494d_504f_5254L;

    private static final String TARGET_CONTENT = "comparator, value, value_high, ref_indicator_key, relation, basis, "
            + "tolerance, stretch_value, base_year, base_value, wording, source_id, quote";
    private static final String ACTUAL_CONTENT = "comparator, value, value_high, ref_indicator_key, relation, basis, "
            + "source_id, quote, note";

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportService.class);

    @Inject
    EntityManager em;

    @Inject
    AuditContext audit;

    @Inject
    ImportConfig config;

    @Inject
    org.indicatortracker.system.ImportMetrics importMetrics;

    /** The parse, the plan (when the file is valid) and, for a commit that changed something, the run's id. */
    public record Outcome(FileParser.Result parsed, ImportPlan plan, Long importId) {
    }

    /**
     * @param mayEdit whether the importing account may change a region (editors limited to regions import theirs
     *                only; rows of other regions are errors, so nothing is written)
     */
    @Transactional
    public Outcome dryRun(Path file, PublicationStatus status, Predicate<String> mayEdit) throws IOException {
        long t0 = System.nanoTime();
        FileParser.Result parsed = withinRegions(parse(file, status), mayEdit);
        long t1 = System.nanoTime();
        ImportPlan plan = parsed.ok() ? plan(parsed.figures()) : null;
        LOG.debugf("Import dry run of %d rows: parse %d ms, plan %d ms", parsed.rows(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new Outcome(parsed, plan, null);
    }

    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Outcome commit(Path file, String fileName, PublicationStatus status, Predicate<String> mayEdit) throws IOException {
        long t0 = System.nanoTime();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
        FileParser.Result parsed = withinRegions(parse(file, status), mayEdit);
        if (!parsed.ok()) {
            return new Outcome(parsed, null, null);
        }
        long t1 = System.nanoTime();
        ImportPlan plan = plan(parsed.figures());
        long t2 = System.nanoTime();
        if (plan.creates.isEmpty() && plan.updates.isEmpty()) {
            return new Outcome(parsed, plan, null); // the same file again: nothing changes, not even the log
        }
        long runId = ((Number) em.createNativeQuery("insert into import_run (file_name, sha256, format, encoding, row_count, "
                        + "created, updated, unchanged, status, imported_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) returning id")
                .setParameter(1, fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .setParameter(2, sha256(file))
                .setParameter(3, parsed.format())
                .setParameter(4, parsed.encoding())
                .setParameter(5, parsed.rows())
                .setParameter(6, plan.created())
                .setParameter(7, plan.updated())
                .setParameter(8, plan.unchanged)
                .setParameter(9, status.wire())
                .setParameter(10, audit.actor())
                .getSingleResult()).longValue();
        audit.stamp(em, AuditContext.VIA_IMPORT, "import:" + runId);
        int applied = em.unwrap(Session.class).doReturningWork(connection -> apply(connection, plan));
        if (applied != plan.updates.size()) {
            // Someone changed a figure between our read and our write (we hold the import lock, not row locks).
            throw Lang.problem(409, Text.of("冲突", "Conflict"), Text.of(
                    "导入期间有数据被他人修改，本次导入未写入任何内容，请重试。",
                    "Figures changed while the import ran; nothing was written. Please try again."));
        }
        importMetrics.rows("file", "figures", "created", plan.created());
        importMetrics.rows("file", "figures", "updated", plan.updated());
        importMetrics.rows("file", "figures", "unchanged", plan.unchanged);
        LOG.infof("Import %d by %s: %d rows (%d created, %d updated, %d unchanged); parse %d ms, plan %d ms, write %d ms",
                runId, audit.actor(), parsed.rows(), plan.created(), plan.updated(), plan.unchanged,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new Outcome(parsed, plan, runId);
    }

    /** A valid file with rows of regions the account may not change becomes a file with those rows as errors. */
    FileParser.Result withinRegions(FileParser.Result parsed, Predicate<String> mayEdit) {
        if (!parsed.ok()) {
            return parsed;
        }
        Map<String, Boolean> allowed = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        int count = 0;
        for (ImportRow r : parsed.figures()) {
            if (!allowed.computeIfAbsent(r.region(), mayEdit::test)) {
                count++;
                if (errors.size() < config.maxErrors()) {
                    errors.add(new RowError(r.row(), Column.REGION.header, "region_not_allowed",
                            "您的账户只能修改所限定地区及其下级地区的数据，不能修改“" + r.region() + "”。",
                            "Your account may change data of its own regions (and those below them) only, not of '"
                                    + r.region() + "'."));
                }
            }
        }
        return count == 0 ? parsed : new FileParser.Result(parsed.format(), parsed.encoding(), parsed.rows(), List.of(),
                errors, count);
    }

    private FileParser.Result parse(Path file, PublicationStatus status) throws IOException {
        return new FileParser(catalogue(), status, config.maxRows(), config.maxErrors()).parse(file);
    }

    @SuppressWarnings("unchecked")
    Catalogue catalogue() {
        List<Catalogue.Region> regions = ((List<Object[]>) em.createNativeQuery("select code, name_zh from region").getResultList())
                .stream().map(r -> new Catalogue.Region((String) r[0], (String) r[1])).toList();
        List<Catalogue.Indicator> indicators = ((List<Object[]>) em.createNativeQuery(
                        "select i.key, i.name_zh, i.name_en, coalesce(string_agg(a.alias, chr(31)), '') from indicator i "
                                + "left join indicator_alias a on a.indicator_key = i.key group by i.key, i.name_zh, i.name_en")
                .getResultList()).stream()
                .map(r -> new Catalogue.Indicator((String) r[0], (String) r[1], (String) r[2],
                        ((String) r[3]).isEmpty() ? List.of() : List.of(((String) r[3]).split("\u001f"))))
                .toList();
        List<Catalogue.Source> sources = ((List<Object[]>) em.createNativeQuery("select id, title from source_document").getResultList())
                .stream().map(r -> new Catalogue.Source(((Number) r[0]).longValue(), (String) r[1])).toList();
        return new Catalogue(regions, indicators, sources);
    }

    /** Compares every row with what is stored under its natural key. */
    ImportPlan plan(List<ImportRow> rows) {
        List<ImportRow> targets = rows.stream().filter(r -> r.kind() == Kind.TARGET).toList();
        List<ImportRow> outcomes = rows.stream().filter(r -> r.kind() == Kind.OUTCOME).toList();
        ImportPlan plan = new ImportPlan();
        Session session = em.unwrap(Session.class);
        if (!targets.isEmpty()) {
            classify(targets, session.doReturningWork(c -> existing(c, "target", targets)), plan);
        }
        if (!outcomes.isEmpty()) {
            classify(outcomes, session.doReturningWork(c -> existing(c, "actual", outcomes)), plan);
        }
        return plan;
    }

    /** Stored figures by natural key: the live one, withdrawn ones, and draft changes by the id they replace. */
    private record Stored(Map<ImportRow.Key, Existing> live, Map<ImportRow.Key, List<Existing>> withdrawn,
                          Map<Long, Existing> draftCopies) {
    }

    private static void classify(List<ImportRow> rows, Stored stored, ImportPlan plan) {
        for (ImportRow row : rows) {
            Object[] content = row.content();
            ImportRow.Key key = row.naturalKey();
            Existing live = stored.live.get(key);
            if (live == null) {
                List<Existing> withdrawn = stored.withdrawn.getOrDefault(key, List.of());
                if (withdrawn.stream().anyMatch(w -> ImportRow.sameContent(w.content(), content))) {
                    plan.unchanged++;
                    plan.warnings.add(RowError.of(row.row(), null, Message.WITHDRAWN_MATCH, null, null));
                } else {
                    plan.creates.add(new Create(row, null));
                }
                continue;
            }
            boolean same = ImportRow.sameContent(live.content(), content);
            if (row.status() == PublicationStatus.PUBLISHED) {
                if (same && live.published()) {
                    plan.unchanged++;
                } else {
                    plan.updates.add(new Update(row, live));
                }
            } else if (same) {
                plan.unchanged++;
            } else if (!live.published()) {
                plan.updates.add(new Update(row, live));
            } else {
                // A published figure stays public: the change becomes (or updates) its draft change.
                Existing copy = stored.draftCopies.get(live.id());
                if (copy == null) {
                    plan.creates.add(new Create(row, live.id()));
                } else if (ImportRow.sameContent(copy.content(), content)) {
                    plan.unchanged++;
                } else {
                    plan.updates.add(new Update(row, copy));
                }
            }
        }
    }

    private static Stored existing(Connection c, String table, List<ImportRow> rows) throws SQLException {
        boolean target = "target".equals(table);
        Set<String> regions = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        rows.forEach(r -> {
            regions.add(r.region());
            years.add(r.year());
        });
        String sql = "select id, version, status, draft_of, region_code, indicator_key, year, "
                + (target ? "adopted_on, " + TARGET_CONTENT : "vintage, published_on, " + ACTUAL_CONTENT)
                + " from " + table + " where region_code = any(?) and year = any(?)";
        Map<ImportRow.Key, Existing> live = new HashMap<>();
        Map<ImportRow.Key, List<Existing>> withdrawn = new HashMap<>();
        Map<Long, Existing> copies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Array regionArray = c.createArrayOf("varchar", regions.toArray());
            Array yearArray = c.createArrayOf("int4", years.toArray());
            ps.setArray(1, regionArray);
            ps.setArray(2, yearArray);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long draftOf = rs.getLong(4);
                    boolean isCopy = !rs.wasNull();
                    ImportRow.Key key = target
                            ? new ImportRow.Key(Kind.TARGET, rs.getString(5), rs.getString(6), rs.getInt(7), null, rs.getDate(8).toLocalDate())
                            : new ImportRow.Key(Kind.OUTCOME, rs.getString(5), rs.getString(6), rs.getInt(7),
                                    Codes.parse(org.indicatortracker.domain.Vintage.class, rs.getString(8)), rs.getDate(9).toLocalDate());
                    Existing e = new Existing(id, rs.getLong(2), rs.getString(3), isCopy ? draftOf : null,
                            target ? targetContent(rs, 9) : actualContent(rs, 10));
                    if (isCopy) {
                        copies.put(draftOf, e);
                    } else if ("withdrawn".equals(e.status())) {
                        withdrawn.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                    } else {
                        live.put(key, e);
                    }
                }
            }
        }
        return new Stored(live, withdrawn, copies);
    }

    private static Object[] targetContent(ResultSet rs, int at) throws SQLException {
        return new Object[] {
            code(Comparator.class, rs.getString(at)), num(rs.getBigDecimal(at + 1)), num(rs.getBigDecimal(at + 2)),
            rs.getString(at + 3), code(Relation.class, rs.getString(at + 4)), code(Basis.class, rs.getString(at + 5)),
            num(rs.getBigDecimal(at + 6)), num(rs.getBigDecimal(at + 7)), integer(rs, at + 8), num(rs.getBigDecimal(at + 9)),
            rs.getString(at + 10), longOrNull(rs, at + 11), rs.getString(at + 12)};
    }

    private static Object[] actualContent(ResultSet rs, int at) throws SQLException {
        return new Object[] {
            code(Comparator.class, rs.getString(at)), num(rs.getBigDecimal(at + 1)), num(rs.getBigDecimal(at + 2)),
            rs.getString(at + 3), code(Relation.class, rs.getString(at + 4)), code(Basis.class, rs.getString(at + 5)),
            longOrNull(rs, at + 6), rs.getString(at + 7), rs.getString(at + 8)};
    }

    /** Writes the plan; returns how many updates matched the version they were planned against. */
    private static int apply(Connection c, ImportPlan plan) throws SQLException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        try {
            int updated = update(c, copy, "target", plan.updates.stream().filter(u -> u.row().kind() == Kind.TARGET).toList())
                    + update(c, copy, "actual", plan.updates.stream().filter(u -> u.row().kind() == Kind.OUTCOME).toList());
            create(copy, "target", plan.creates.stream().filter(r -> r.row().kind() == Kind.TARGET).toList());
            create(copy, "actual", plan.creates.stream().filter(r -> r.row().kind() == Kind.OUTCOME).toList());
            return updated;
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    private static void create(CopyManager copy, String table, List<Create> creates) throws SQLException, IOException {
        if (creates.isEmpty()) {
            return;
        }
        boolean target = "target".equals(table);
        String columns = "region_code, indicator_key, year, " + (target ? "adopted_on, " + TARGET_CONTENT : "vintage, published_on, " + ACTUAL_CONTENT)
                + ", status, draft_of";
        try (CopyWriter out = new CopyWriter(copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"))) {
            for (Create create : creates) {
                ImportRow r = create.row();
                out.field(r.region()).field(r.indicator()).field(r.year());
                if (!target) {
                    out.field(r.vintage().wire());
                }
                out.field(r.date());
                content(out, r, target);
                out.field(r.status().wire()).field(create.draftOf());
                out.endRow();
            }
            out.finish();
        }
    }

    private static int update(Connection c, CopyManager copy, String table, List<Update> updates) throws SQLException, IOException {
        if (updates.isEmpty()) {
            return 0;
        }
        boolean target = "target".equals(table);
        String stage = "import_" + table + "_update";
        try (Statement st = c.createStatement()) {
            st.execute("create temp table " + stage + " (like " + table + " including defaults) on commit drop");
        }
        String content = target ? TARGET_CONTENT : ACTUAL_CONTENT;
        try (CopyWriter out = new CopyWriter(copy.copyIn("COPY " + stage + " (id, version, region_code, indicator_key, year, "
                + (target ? "adopted_on" : "vintage, published_on") + ", " + content + ", status) FROM STDIN"))) {
            for (Update u : updates) {
                ImportRow r = u.row();
                out.field(u.existing().id()).field(u.existing().version()).field(r.region()).field(r.indicator()).field(r.year());
                if (!target) {
                    out.field(r.vintage().wire());
                }
                out.field(r.date());
                content(out, r, target);
                out.field(r.status().wire());
                out.endRow();
            }
            out.finish();
        }
        StringBuilder set = new StringBuilder();
        for (String column : content.split(",\\s*")) {
            set.append(column).append(" = u.").append(column).append(", ");
        }
        try (Statement st = c.createStatement()) {
            return st.executeUpdate("update " + table + " t set " + set + "status = u.status, version = t.version + 1, "
                    + "updated_at = now() from " + stage + " u where t.id = u.id and t.version = u.version");
        }
    }

    private static void content(CopyWriter out, ImportRow r, boolean target) {
        out.field(wire(r.comparator())).field(r.value()).field(r.valueHigh()).field(r.refIndicator())
                .field(wire(r.relation())).field(wire(r.basis()));
        if (target) {
            out.field(r.tolerance()).field(r.stretchValue()).field(r.baseYear()).field(r.baseValue()).field(r.wording())
                    .field(r.sourceId()).field(r.quote());
        } else {
            out.field(r.sourceId()).field(r.quote()).field(r.note());
        }
    }

    private static String wire(Enum<?> e) {
        return e == null ? null : Codes.wire(e);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null ? null : Codes.parse(type, code);
    }

    private static BigDecimal num(BigDecimal d) {
        return ImportRow.num(d);
    }

    private static Integer integer(ResultSet rs, int at) throws SQLException {
        int v = rs.getInt(at);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, int at) throws SQLException {
        long v = rs.getLong(at);
        return rs.wasNull() ? null : v;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.indicatortracker.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.evaluation.EvaluationPayloads.Evaluation;
import org.indicatortracker.evaluation.EvaluationPayloads.JudgedOutcome;
import org.indicatortracker.evaluation.EvaluationService;
import org.indicatortracker.jobs.ClusterJob;
import org.indicatortracker.jobs.JobRunner;
import org.indicatortracker.jobs.JobsConfig;

/**
 * The revision watch: evaluates every current target and compares the verdict with the one seen last time
 * ({@link VerdictWatch}). When a newer release of the outcome changed the verdict, it records an
 * {@link UpdateEvent}. The first time a target is seen it only records the baseline, plus one event for a
 * revision that already happened (first and latest release disagree) so the feed starts with that history;
 * such historical events are not sent to the webhook. Runs on one replica ({@link JobRunner}).
 */
@ApplicationScoped
public class RevisionWatch implements ClusterJob {

    public static final String NAME = "revision-watch";

    @Inject
    EntityManager em;

    @Inject
    EvaluationService evaluations;

    @Inject
    FeedConfig config;

    @Inject
    JobRunner runner;

    @Inject
    MeterRegistry registry;

    @Inject
    JobsConfig jobs;

    /** How long one run may work; {@code indicators.jobs.work-budget} unless a test changed it. */
    private Duration budget;

    @PostConstruct
    void init() {
        budget = jobs.workBudget();
    }

    Duration budget() {
        return budget;
    }

    void budget(Duration budget) {
        this.budget = budget;
    }

    @Scheduled(identity = NAME, cron = "${indicators.jobs.revision-watch.cron}", timeZone = "${indicators.jobs.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runner.run(this, execution);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Region by region, so that memory stays bounded at national scale (thousands of regions, millions of targets):
     * each region's targets are evaluated against the watch rows of that region only, and the persistence context is
     * flushed and cleared before the next. A watch row is written only when what it remembers changed. The regions
     * are walked in order from where the previous run stopped; a run stops after its time budget (at least one
     * region) and the next continues, so a first run over a whole country spreads over several.
     */
    @Override
    public String run() {
        List<String> regions = em.createQuery("select distinct t.regionCode from Target t where t.status = ?1 order by 1", String.class)
                .setParameter(1, PublicationStatus.PUBLISHED).getResultList();
        String after = cursor();
        int start = 0;
        while (after != null && start < regions.size() && regions.get(start).compareTo(after) <= 0) {
            start++;
        }
        long deadline = System.nanoTime() + budget.toNanos();
        int checked = 0;
        int updates = 0;
        int historical = 0;
        int visited = 0;
        long dropped = 0;
        UpdateEvent.WebhookState webhook = config.webhook().url().isPresent()
                ? UpdateEvent.WebhookState.PENDING : UpdateEvent.WebhookState.SKIPPED;
        Instant now = Instant.now();
        String last = null;
        while (visited < regions.size() && (visited == 0 || System.nanoTime() < deadline)) {
            String region = regions.get((start + visited) % regions.size());
            visited++;
            last = region;
            Map<VerdictWatch.Key, VerdictWatch> seen = new HashMap<>();
            VerdictWatch.<VerdictWatch>list("regionCode", region).forEach(w -> seen.put(w.key(), w));
            for (Evaluation e : evaluations.evaluate(region, null, null)) {
                checked++;
                VerdictWatch before = seen.remove(new VerdictWatch.Key(region, e.indicator().key(), e.year()));
                if (before == null) {
                    before = new VerdictWatch();
                    before.regionCode = region;
                    before.indicatorKey = e.indicator().key();
                    before.year = e.year();
                    if (e.changedOnRevision() && e.firstRelease() != null && e.latest() != null) {
                        JudgedOutcome first = e.firstRelease();
                        UpdateEvent u = event(e, first.verdict(), first.actualId(), UpdateEvent.WebhookState.SKIPPED, now);
                        u.previousVintage = first.vintage();
                        u.previousValue = first.value();
                        u.persist();
                        historical++;
                    }
                    remember(before, e, now);
                    before.persist();
                } else {
                    if (isRevision(before, e)) {
                        UpdateEvent u = event(e, before.verdict, before.latestActualId, webhook, now);
                        u.previousVintage = before.latestVintage;
                        u.previousValue = before.latestValue;
                        u.persist();
                        updates++;
                    }
                    remember(before, e, now);
                }
            }
            // Whatever was not evaluated again is no longer a current target (deleted, or its year's target withdrawn).
            seen.values().forEach(VerdictWatch::delete);
            dropped += seen.size();
            em.flush();
            em.clear();
        }
        boolean complete = visited == regions.size();
        saveCursor(complete ? "" : last);
        // Regions that no longer have any published target.
        // (An anti-join on the target index: "not in (subquery)" over millions of targets would not fit work_mem.)
        dropped += em.createNativeQuery("delete from verdict_watch w where not exists "
                + "(select 1 from target t where t.region_code = w.region_code and t.status = 'published')").executeUpdate();
        if (updates > 0) {
            registry.counter("indicators.updates.detected").increment(updates);
        }
        return "checked " + checked + " targets in " + visited + " of " + regions.size() + " regions"
                + (complete ? "" : " (budget used; the next run continues after " + last + ")")
                + ": " + updates + " verdict changes"
                + (historical > 0 ? ", " + historical + " earlier revisions recorded" : "")
                + (dropped == 0 ? "" : ", " + dropped + " targets no longer current");
    }

    /** The last region of an unfinished walk, or null to start from the first. */
    private String cursor() {
        List<?> rows = em.createNativeQuery("select position from job_cursor where job = ?1").setParameter(1, NAME).getResultList();
        return rows.isEmpty() || ((String) rows.get(0)).isEmpty() ? null : (String) rows.get(0);
    }

    private void saveCursor(String position) {
        em.createNativeQuery("insert into job_cursor (job, position) values (?1, ?2) "
                + "on conflict (job) do update set position = excluded.position, updated_at = now()")
                .setParameter(1, NAME).setParameter(2, position).executeUpdate();
    }

    /**
     * A revision is a newer release of the outcome (another row, published no earlier than the one seen) for the
     * same current target, with a different verdict. A revised target resets the baseline instead.
     */
    static boolean isRevision(VerdictWatch before, Evaluation now) {
        JudgedOutcome latest = now.latest();
        if (latest == null || before.latestActualId == null || before.targetId != now.target().id()) {
            return false;
        }
        boolean newerRelease = latest.actualId() != before.latestActualId
                && (before.latestPublishedOn == null || !latest.publishedOn().isBefore(before.latestPublishedOn));
        return newerRelease && now.verdict() != before.verdict;
    }

    /** Records the evaluation in the watch row; an unchanged row is left alone (no UPDATE at all). */
    private static void remember(VerdictWatch w, Evaluation e, Instant now) {
        JudgedOutcome latest = e.latest();
        Long actualId = latest == null ? null : latest.actualId();
        BigDecimal value = latest == null ? null : latest.value();
        LocalDate publishedOn = latest == null ? null : latest.publishedOn();
        boolean same = w.checkedAt != null && Objects.equals(w.targetId, e.target().id()) && w.verdict == e.verdict()
                && Objects.equals(w.latestActualId, actualId) && w.latestVintage == (latest == null ? null : latest.vintage())
                && (w.latestValue == null ? value == null : value != null && w.latestValue.compareTo(value) == 0)
                && Objects.equals(w.latestPublishedOn, publishedOn);
        if (same) {
            return;
        }
        w.targetId = e.target().id();
        w.verdict = e.verdict();
        w.latestActualId = actualId;
        w.latestVintage = latest == null ? null : latest.vintage();
        w.latestValue = value;
        w.latestPublishedOn = publishedOn;
        w.checkedAt = now;
    }

    private static UpdateEvent event(Evaluation e, Verdict previous, Long previousActualId,
                                     UpdateEvent.WebhookState webhook, Instant now) {
        JudgedOutcome latest = e.latest();
        UpdateEvent u = new UpdateEvent();
        u.regionCode = e.region();
        u.indicatorKey = e.indicator().key();
        u.year = e.year();
        u.targetId = e.target().id();
        u.previousVerdict = previous;
        u.previousActualId = previousActualId;
        u.verdict = e.verdict();
        u.actualId = latest.actualId();
        u.vintage = latest.vintage();
        u.value = latest.value();
        u.publishedOn = latest.publishedOn();
        u.reasonZh = clip(e.reasonZh());
        u.reasonEn = clip(e.reasonEn());
        u.detectedAt = now;
        u.webhookState = webhook;
        return u;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}

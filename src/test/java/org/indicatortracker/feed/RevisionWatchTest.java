package org.indicatortracker.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.Target;
import org.indicatortracker.jobs.JobOutcome;
import org.indicatortracker.jobs.JobRunner;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** The revision watch records an update when, and only when, a newer release changes a verdict. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RevisionWatchTest {

    @Inject
    JobRunner runner;

    @Inject
    RevisionWatch watch;

    @Inject
    org.indicatortracker.ops.OpsGauges gauges;

    private void runWatch() {
        JobOutcome outcome = runner.runNow(watch);
        assertEquals(JobOutcome.Status.RAN, outcome.status(), outcome.detail());
    }

    private static List<UpdateEvent> events(String region) {
        return QuarkusTransaction.requiringNew().call(() -> UpdateEvent.<UpdateEvent>list("regionCode = ?1 order by id", region));
    }

    @Test
    void aRunOutOfTimeContinuesWithTheNextRegionOnItsNextRun() {
        String first = FigureFixtures.region("步进甲");
        String second = FigureFixtures.region("步进乙");
        FigureFixtures.aroundTarget(first, 2030, "5");
        FigureFixtures.aroundTarget(second, 2030, "5");
        FigureFixtures.outcome(first, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        FigureFixtures.outcome(second, 2030, Vintage.PRELIMINARY, "5.2", LocalDate.of(2031, 1, 17));
        runWatch(); // a full walk with the normal budget: both regions have their baseline (met)
        long regions = QuarkusTransaction.requiringNew().call(() -> (Long) org.indicatortracker.figure.Target
                .find("select count(distinct t.regionCode) from Target t where t.status = ?1",
                        org.indicatortracker.domain.PublicationStatus.PUBLISHED).project(Long.class).firstResult());
        FigureFixtures.outcome(first, 2030, Vintage.FINAL, "4.0", LocalDate.of(2031, 12, 30));
        FigureFixtures.outcome(second, 2030, Vintage.FINAL, "4.1", LocalDate.of(2031, 12, 30));
        java.time.Duration normal = watch.budget();
        watch.budget(java.time.Duration.ZERO); // each run now does exactly one region
        try {
            List<String> details = new java.util.ArrayList<>();
            for (int i = 0; i < regions && (events(first).size() < 1 || events(second).size() < 1); i++) {
                JobOutcome outcome = runner.runNow(watch);
                assertEquals(JobOutcome.Status.RAN, outcome.status(), outcome.detail());
                details.add(outcome.detail());
            }
            assertTrue(details.get(0).contains("in 1 of " + regions + " regions (budget used"), details.get(0));
            assertEquals(1, events(first).size(), "the walk reached the first region within one cycle: " + details);
            assertEquals(1, events(second).size(), "and the second: " + details);
        } finally {
            watch.budget(normal);
        }
        runWatch();
        assertEquals(1, events(first).size(), "a full walk afterwards finds nothing new");
        assertEquals(1, events(second).size());
    }

    @Test
    void aFinalFigureThatTurnsMetIntoMissedIsRecordedOnce() {
        String region = FigureFixtures.region("修订");
        FigureFixtures.aroundTarget(region, 2030, "5");
        long preliminary = FigureFixtures.outcome(region, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        runWatch();
        assertEquals(List.of(), events(region), "the first look only records the baseline");

        long fin = FigureFixtures.outcome(region, 2030, Vintage.FINAL, "4.2", LocalDate.of(2031, 12, 30));
        runWatch();
        runWatch();

        List<UpdateEvent> events = events(region);
        assertEquals(1, events.size(), "one update, however often the watch runs");
        UpdateEvent e = events.get(0);
        assertEquals(Verdict.MET, e.previousVerdict);
        assertEquals(Verdict.MISSED, e.verdict);
        assertEquals(preliminary, e.previousActualId);
        assertEquals(Vintage.PRELIMINARY, e.previousVintage);
        assertEquals(0, new BigDecimal("5.1").compareTo(e.previousValue));
        assertEquals(fin, e.actualId);
        assertEquals(Vintage.FINAL, e.vintage);
        assertEquals(LocalDate.of(2031, 12, 30), e.publishedOn);
        assertEquals(UpdateEvent.WebhookState.SKIPPED, e.webhookState, "no webhook is configured in tests");
        assertTrue(e.reasonZh != null && e.reasonEn != null);
    }

    @Test
    void aNewerReleaseWithTheSameVerdictIsNoUpdate() {
        String region = FigureFixtures.region("同判");
        FigureFixtures.aroundTarget(region, 2030, "5");
        FigureFixtures.outcome(region, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        runWatch();
        FigureFixtures.outcome(region, 2030, Vintage.FINAL, "5.3", LocalDate.of(2031, 12, 30));
        runWatch();
        assertEquals(List.of(), events(region));
    }

    @Test
    void aRevisionThatHappenedBeforeTheWatchFirstLookedIsRecordedAsHistoryWithoutWebhook() {
        String region = FigureFixtures.region("历史");
        FigureFixtures.aroundTarget(region, 2029, "5");
        FigureFixtures.outcome(region, 2029, Vintage.PRELIMINARY, "4.4", LocalDate.of(2030, 1, 17));
        FigureFixtures.outcome(region, 2029, Vintage.FINAL, "4.6", LocalDate.of(2030, 12, 30));
        runWatch();
        runWatch();

        List<UpdateEvent> events = events(region);
        assertEquals(1, events.size());
        assertEquals(Verdict.MISSED, events.get(0).previousVerdict);
        assertEquals(Verdict.MET, events.get(0).verdict);
        assertEquals(UpdateEvent.WebhookState.SKIPPED, events.get(0).webhookState);
    }

    @Test
    void aRevisedTargetResetsTheBaselineInsteadOfReportingAnUpdate() {
        String region = FigureFixtures.region("调标");
        FigureFixtures.aroundTarget(region, 2030, "5");
        FigureFixtures.outcome(region, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        runWatch();
        QuarkusTransaction.requiringNew().run(() -> {
            Target revised = new Target();
            revised.regionCode = region;
            revised.indicatorKey = "gdp_growth";
            revised.year = 2030;
            revised.comparator = Comparator.AROUND;
            revised.value = new BigDecimal("6");
            revised.adoptedOn = LocalDate.of(2030, 7, 1);
            revised.status = PublicationStatus.PUBLISHED;
            revised.persist();
        });
        FigureFixtures.outcome(region, 2030, Vintage.FINAL, "5.2", LocalDate.of(2031, 12, 30));
        runWatch();
        assertEquals(List.of(), events(region), "the verdict changed with the target, not only with the figure");
    }

    @Test
    void updatesAreListedPubliclyAsJson() {
        String region = FigureFixtures.region("列表");
        FigureFixtures.aroundTarget(region, 2030, "5");
        FigureFixtures.outcome(region, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        runWatch();
        FigureFixtures.outcome(region, 2030, Vintage.FINAL, "4.2", LocalDate.of(2031, 12, 30));
        runWatch();

        long id = given().get("/api/v1/updates?region=" + region).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].previousVerdict", equalTo("met"))
                .body("items[0].verdict", equalTo("missed"))
                .body("items[0].previousVintage", equalTo("preliminary"))
                .body("items[0].vintage", equalTo("final"))
                .body("items[0].value", equalTo(4.2f))
                .body("items[0].titleZh", equalTo("列表市 · 地区生产总值增长 2030年：完成 → 未完成"))
                .body("items[0].titleEn", equalTo("列表 City · GDP growth 2030: met → missed"))
                .extract().jsonPath().getLong("items[0].id");
        given().get("/api/v1/updates/" + id).then().statusCode(200).body("region", equalTo(region));
        given().get("/api/v1/updates/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewUpdateIsNotHiddenByTheResponseCache() {
        String region = FigureFixtures.region("缓存");
        FigureFixtures.aroundTarget(region, 2030, "5");
        FigureFixtures.outcome(region, 2030, Vintage.PRELIMINARY, "5.1", LocalDate.of(2031, 1, 17));
        runWatch();
        FigureFixtures.outcome(region, 2030, Vintage.FINAL, "4.2", LocalDate.of(2031, 12, 30));
        // read (and cache) the list after the new figure, before the watch has seen it
        given().get("/api/v1/updates?region=" + region).then().statusCode(200).body("total", equalTo(0));

        runWatch();

        // the cache follows the data version, which every replica learns by NOTIFY within moments
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        int total = 0;
        while (total == 0 && System.nanoTime() < deadline) {
            total = given().get("/api/v1/updates?region=" + region).then().statusCode(200).extract().path("total");
        }
        assertEquals(1, total, "the recorded update is listed, not a cached empty list");
    }

    @Test
    void theVerdictGaugeCountsWhatTheWatchSaw() {
        runWatch();
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*indicators_verdicts\\{verdict=\"missed\"} [1-9].*"), "missed targets are counted");
    }
}

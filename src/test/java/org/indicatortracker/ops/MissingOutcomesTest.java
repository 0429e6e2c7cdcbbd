package org.indicatortracker.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.indicatortracker.support.Accounts.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.Target;
import org.indicatortracker.jobs.JobRunner;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Overdue outcomes are listed for editors, counted in a metric, and drop off once published. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class MissingOutcomesTest {

    @Inject
    MissingOutcomeCheck check;

    @Inject
    OpsGauges gauges;

    @Inject
    JobRunner runner;

    @Inject
    EntityManager em;

    private String check(int year) {
        return QuarkusTransaction.requiringNew().call(() -> check.check(year));
    }

    private static void qualitativeTarget(String region, int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            Target t = new Target();
            t.regionCode = region;
            t.indicatorKey = "cpi_growth";
            t.year = year;
            t.comparator = Comparator.QUALITATIVE;
            t.wording = "物价总水平基本稳定";
            t.adoptedOn = LocalDate.of(year, 1, 20);
            t.status = PublicationStatus.PUBLISHED;
            t.persist();
        });
    }

    private static void draftOutcome(String region, int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            Actual a = new Actual();
            a.regionCode = region;
            a.indicatorKey = "gdp_growth";
            a.year = year;
            a.comparator = Comparator.EQ;
            a.value = new java.math.BigDecimal("4.9");
            a.vintage = Vintage.PRELIMINARY;
            a.publishedOn = LocalDate.of(year + 1, 2, 28);
            a.status = PublicationStatus.DRAFT;
            a.persist();
        });
    }

    @Test
    void aTargetWithoutAPublishedOutcomeIsListedForEditorsUntilOneIsPublished() {
        String region = FigureFixtures.region("缺数");
        long target = FigureFixtures.aroundTarget(region, 2028, "5");
        qualitativeTarget(region, 2028);
        draftOutcome(region, 2028);

        String summary = check(2028);
        assertTrue(summary.startsWith("outcomes of 2028 due since 2029-04-01: "), summary);

        editor().get("/api/v1/freshness/missing-outcomes?region=" + region).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].indicator", equalTo("gdp_growth"))
                .body("items[0].indicatorNameZh", equalTo("地区生产总值增长"))
                .body("items[0].regionNameEn", equalTo("缺数 City"))
                .body("items[0].year", equalTo(2028))
                .body("items[0].targetId", equalTo((int) target))
                .body("items[0].targetWording", equalTo("增长5%左右"))
                .body("items[0].listedAt", notNullValue())
                .body("dueSince", notNullValue());

        FigureFixtures.outcome(region, 2028, Vintage.PRELIMINARY, "5.0", LocalDate.of(2029, 3, 1));
        editor().get("/api/v1/freshness/missing-outcomes?region=" + region).then().statusCode(200)
                .body("total", equalTo(0));
        check(2028);
        Object resolved = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select resolved_at from missing_outcome where region_code = ?1").setParameter(1, region).getSingleResult());
        assertNotNull(resolved, "the next check closes the entry");
    }

    @Test
    void theListIsForEditorsOnly() {
        given().get("/api/v1/freshness/missing-outcomes").then().statusCode(401);
        editor().get("/api/v1/freshness/missing-outcomes").then().statusCode(200)
                .body("lastChecked", org.hamcrest.Matchers.anything());
    }

    @Test
    void theCountOfOverdueOutcomesIsAMetric() {
        String region = FigureFixtures.region("计数");
        FigureFixtures.aroundTarget(region, 2027, "5");
        FigureFixtures.aroundTarget(region, 2026, "5");
        check(2027);
        check(2026);
        gauges.refresh();
        long listed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from missing_outcome where resolved_at is null").getSingleResult()).longValue());

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^indicators_outcomes_missing(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertTrue(m.find(), "the gauge is exported");
        assertTrue(listed >= 2);
        assertEquals((double) listed, Double.parseDouble(m.group(1)), 0.0, "the gauge counts the open entries");
    }

    @Test
    void theScheduledRunChecksTheYearThatIsDueToday() {
        String detail = runner.runNow(check).detail();
        int expected = DueYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), java.time.MonthDay.of(4, 1));
        assertTrue(detail.startsWith("outcomes of " + expected + " "), detail);
    }
}

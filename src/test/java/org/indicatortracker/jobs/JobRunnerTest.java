package org.indicatortracker.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.editor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.indicatortracker.jobs.JobOutcome.Status;
import org.indicatortracker.region.Region;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Each trigger of a job does its work once, whichever replicas fire it, and failures are recorded. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class JobRunnerTest {

    @Inject
    JobRunner runner;

    @Inject
    TestJobs.Counting counting;

    @Inject
    TestJobs.Failing failing;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    org.indicatortracker.ops.OpsGauges gauges;

    @Test
    void aTriggerFiredTwiceRunsOnce() {
        String key = JobRunner.runKey(Instant.parse("2031-05-01T06:15:00.250Z"));
        int before = counting.runs();

        JobOutcome first = runner.run(counting, key);
        JobOutcome second = runner.run(counting, key);

        assertEquals(Status.RAN, first.status());
        assertEquals(Status.SKIPPED, second.status());
        assertEquals("this run was already done", second.detail());
        assertEquals(before + 1, counting.runs());
        assertEquals("2031-05-01T06:15:00Z", key, "the key is the scheduled second, the same on every replica");
        assertEquals("succeeded", status(counting.name(), key));
    }

    @Test
    void whileAnotherReplicaHoldsTheLockTheTriggerIsSkipped() throws Exception {
        String key = JobRunner.runKey(Instant.parse("2031-05-02T06:15:00Z"));
        int before = counting.runs();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, JobRunner.LOCK_NAMESPACE);
                lock.setInt(2, counting.name().hashCode());
                lock.execute();
            }
            JobOutcome whileLocked = runner.run(counting, key);
            assertEquals(Status.SKIPPED, whileLocked.status());
            assertEquals("another replica is running this job", whileLocked.detail());
            other.rollback();
        }
        assertEquals(before, counting.runs());
        assertEquals(Status.RAN, runner.run(counting, key).status(), "once the lock is free the trigger can run");
        assertEquals(before + 1, counting.runs());
    }

    @Test
    void aFailingJobRollsBackItsWritesAndRecordsTheFailure() {
        String key = JobRunner.runKey(Instant.parse("2031-05-03T06:15:00Z"));

        JobOutcome outcome = runner.run(failing, key);

        assertEquals(Status.FAILED, outcome.status());
        assertTrue(outcome.detail().contains("the source system is down"), outcome.detail());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Region.byCode(TestJobs.Failing.REGION).isPresent()),
                "the job's writes were rolled back");
        assertEquals("failed", status(failing.name(), key));
        assertEquals(Status.SKIPPED, runner.run(failing, key).status(), "a failed trigger is not retried by a late replica");
    }

    @Test
    void runsAreCountedInTheMetrics() {
        runner.run(counting, JobRunner.runKey(Instant.parse("2031-05-04T06:15:00Z")));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("indicators_job_runs_total{job_name=\"test-counting\",outcome=\"ran\"}"))
                .body(containsString("indicators_job_duration_seconds_count{job_name=\"test-counting\",outcome=\"ran\"}"));
    }

    @Test
    void whenAJobLastSucceededOnAnyReplicaIsAGauge() {
        runner.run(counting, JobRunner.runKey(Instant.parse("2031-05-05T06:15:00Z")));
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?m)^indicators_job_last_success_timestamp_seconds\\{job_name=\"test-counting\"} (\\S+)$").matcher(metrics);
        assertTrue(m.find(), "the gauge is exported per job");
        double seconds = Double.parseDouble(m.group(1));
        assertTrue(Math.abs(seconds - Instant.now().getEpochSecond()) < 600, "a recent Unix time: " + seconds);
    }

    @Test
    void operatorsSeeTheJobsAndTheirRunsAndCanRunOneNow() {
        admin().post("/api/v1/jobs/test-counting/runs").then().statusCode(200)
                .body("status", equalTo("ran")).body("runKey", containsString("manual:"));
        admin().get("/api/v1/jobs").then().statusCode(200)
                .body("items.find { it.name == 'revision-watch' }.schedule", equalTo("off"))
                .body("items.find { it.name == 'revision-watch' }.enabled", equalTo(false))
                .body("items.find { it.name == 'test-counting' }.recentRuns[0].status", equalTo("succeeded"));
        admin().post("/api/v1/jobs/no-such-job/runs").then().statusCode(404);
        editor().get("/api/v1/jobs").then().statusCode(403);
        given().get("/api/v1/jobs").then().statusCode(401);
    }

    @Test
    void housekeepingForgetsOldJobRecords() {
        String old = "2001-01-01T00:00:00Z";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into job_run (job, run_key, instance, status, started_at) "
                + "values ('test-counting', ?1, 'old-pod', 'succeeded', timestamptz '2001-01-01 00:00:00+00')").setParameter(1, old).executeUpdate());

        admin().post("/api/v1/jobs/housekeeping/runs").then().statusCode(200)
                .body("status", equalTo("ran")).body("detail", containsString("job-runs: "));

        assertEquals(null, status("test-counting", old));
    }

    private String status(String job, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object status = em.createNativeQuery("select status from job_run where job = ?1 and run_key = ?2")
                    .setParameter(1, job).setParameter(2, key).getResultStream().findFirst().orElse(null);
            return (String) status;
        });
    }
}

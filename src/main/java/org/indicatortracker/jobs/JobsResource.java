package org.indicatortracker.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.system.ApiException;

/** For operators: the scheduled jobs, their schedules and recent runs, and a way to run one now. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Operations", description = "Scheduled jobs (admin only)")
public class JobsResource {

    @Inject
    Instance<ClusterJob> jobs;

    @Inject
    JobRunner runner;

    @Inject
    EntityManager em;

    @Inject
    JobsConfig config;

    public record RunView(String runKey, String instance, String status, OffsetDateTime startedAt,
                          OffsetDateTime finishedAt, String detail) {
    }

    public record JobView(String name, String schedule, boolean enabled, List<RunView> recentRuns) {
    }

    public record Jobs(List<JobView> items) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "List the scheduled jobs with their schedules and last ten runs (on any replica)")
    public Jobs list() {
        return new Jobs(jobs.stream().sorted(Comparator.comparing(ClusterJob::name))
                .map(job -> {
                    String cron = config.schedules().containsKey(job.name()) ? config.schedules().get(job.name()).cron() : "off";
                    return new JobView(job.name(), cron, !"off".equalsIgnoreCase(cron) && !"disabled".equalsIgnoreCase(cron),
                            recentRuns(job.name()));
                }).toList());
    }

    @POST
    @Path("{name}/runs")
    @Operation(summary = "Run a job now on this replica (it still takes the job's lock, so it never overlaps a scheduled run)")
    @APIResponse(responseCode = "200", description = "The outcome: ran, skipped (another replica is running it) or failed")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobOutcome runNow(@PathParam("name") String name) {
        ClusterJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No job is called " + name + "."));
        return runner.runNow(job);
    }

    @SuppressWarnings("unchecked")
    private List<RunView> recentRuns(String job) {
        List<Object[]> rows = em.createNativeQuery("select run_key, instance, status, started_at, finished_at, detail from job_run "
                + "where job = ?1 order by started_at desc limit 10").setParameter(1, job).getResultList();
        return rows.stream().map(r -> new RunView((String) r[0], (String) r[1], (String) r[2], time(r[3]), time(r[4]),
                (String) r[5])).toList();
    }

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + value.getClass());
    }
}

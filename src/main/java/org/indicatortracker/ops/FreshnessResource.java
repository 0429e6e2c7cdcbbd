package org.indicatortracker.ops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.system.Params;

/** For editors: the targets whose outcome is overdue, as found by the data-freshness check. */
@Path("/api/v1/freshness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "admin"})
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Data freshness", description = "Outcomes that should have been published by now (editors)")
public class FreshnessResource {

    @Inject
    EntityManager em;

    @Inject
    MissingOutcomeCheck check;

    @Schema(name = "MissingOutcome")
    public record MissingOutcome(String region, String regionNameZh, String regionNameEn, String indicator,
                                 String indicatorNameZh, String indicatorNameEn, int year, long targetId,
                                 String targetWording, Instant listedAt) {
    }

    @Schema(name = "MissingOutcomes")
    public record MissingOutcomes(
            @Schema(description = "The latest year whose outcomes are overdue today") int dueYear,
            @Schema(description = "The day that year's outcomes became due") LocalDate dueSince,
            @Schema(description = "When the check last ran successfully (null: not yet)") Instant lastChecked,
            int total, List<MissingOutcome> items) {
    }

    @GET
    @Path("missing-outcomes")
    @Operation(summary = "Targets whose outcome is overdue",
            description = "Listed by the daily check after the yearly due date (indicators.freshness.due-date); an entry "
                    + "disappears as soon as a published outcome exists. Filter with region=.")
    @APIResponse(responseCode = "200", description = "Overdue outcomes, by year, region and indicator")
    @APIResponse(responseCode = "401", description = "Sign in as an editor")
    public MissingOutcomes missing(@QueryParam("region") String region) {
        String regionCode = Params.code("region", region);
        var query = em.createNativeQuery("select m.region_code, r.name_zh, r.name_en, m.indicator_key, i.name_zh, i.name_en, "
                        + "m.year, m.target_id, t.wording, m.detected_at from missing_outcome m "
                        + "join region r on r.code = m.region_code join indicator i on i.key = m.indicator_key "
                        + "left join target t on t.id = m.target_id "
                        + "where m.resolved_at is null " + (regionCode == null ? "" : "and m.region_code = ?1 ")
                        + "and not exists (select 1 from actual a where a.region_code = m.region_code "
                        + "and a.indicator_key = m.indicator_key and a.year = m.year and a.status = 'published') "
                        + "order by m.year desc, m.region_code, m.indicator_key");
        if (regionCode != null) {
            query.setParameter(1, regionCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<MissingOutcome> items = rows.stream().map(r -> new MissingOutcome((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).longValue(),
                (String) r[8], instant(r[9]))).toList();
        Object last = em.createNativeQuery("select max(finished_at) from job_run where job = ?1 and status = 'succeeded'")
                .setParameter(1, MissingOutcomeCheck.NAME).getSingleResult();
        int dueYear = check.dueYear();
        return new MissingOutcomes(dueYear, check.dueDate().atYear(dueYear + 1), instant(last), items.size(), items);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}

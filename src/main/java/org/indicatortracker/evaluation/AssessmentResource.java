package org.indicatortracker.evaluation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.account.RegionAccess;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.evaluation.EvaluationPayloads.AssessmentView;
import org.indicatortracker.evaluation.rules.Assessment;
import org.indicatortracker.figure.Target;
import org.indicatortracker.source.SourceDocument;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Versions;

/** Planners' assessments of qualitative targets: {@code PUT /api/v1/targets/{id}/assessment}. */
@Path("/api/v1/targets/{id}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts")
public class AssessmentResource {

    @Inject
    SecurityIdentity identity;

    @Schema(name = "AssessmentInput", example = """
            {"assessment":"partly_met","note":"主要指标多数完成，经济增长低于预期","sourceId":1}""")
    public record AssessmentInput(@NotNull Assessment assessment, @Size(max = 2000) String note, Long sourceId,
                                  @Size(max = 2000) String quote,
                                  @Schema(description = "Required when replacing an assessment: the version you read") Long version) {
    }

    @GET
    @Operation(summary = "The assessment of a qualitative target, with the version to send when replacing it")
    @APIResponse(responseCode = "404", description = "No such target, or it has no assessment yet")
    public AssessmentView get(@PathParam("id") String id) {
        Target target = target(id);
        if (target.status != org.indicatortracker.domain.PublicationStatus.PUBLISHED && identity.isAnonymous()) {
            throw ApiException.notFound("No target has id " + target.id + ".");
        }
        return QualitativeAssessment.ofTarget(target.id).map(AssessmentView::of)
                .orElseThrow(() -> ApiException.notFound("Target " + target.id + " has no assessment yet."));
    }

    @PUT
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Record or replace the assessment of a qualitative target (met, partly_met, missed)")
    @APIResponse(responseCode = "400", description = "The target is numeric, or a field is invalid")
    @APIResponse(responseCode = "409", description = "Someone changed the assessment since you read it")
    public AssessmentView put(@PathParam("id") String id, @Valid @NotNull AssessmentInput in) {
        Target target = target(id);
        RegionAccess.requireEditable(identity, target.regionCode);
        if (target.comparator != Comparator.QUALITATIVE) {
            throw ApiException.badRequest("assessment", "only qualitative targets take an assessment; this target is "
                    + target.comparator.wire() + " and is judged from its outcome");
        }
        QualitativeAssessment a = QualitativeAssessment.ofTarget(target.id).orElse(null);
        if (a == null) {
            a = new QualitativeAssessment();
            a.targetId = target.id;
        } else {
            Versions.check(in.version(), a.version, AssessmentView.of(a));
        }
        a.assessment = in.assessment();
        a.note = in.note();
        a.source = in.sourceId() == null ? null : SourceDocument.byId(in.sourceId())
                .orElseThrow(() -> ApiException.badRequest("sourceId", "no source document has id " + in.sourceId()));
        a.quote = in.quote();
        a.assessedBy = identity.getPrincipal().getName();
        a.persist();
        a.flush();
        return AssessmentView.of(a);
    }

    @DELETE
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove the assessment (the target becomes not evaluable again)")
    public Response delete(@PathParam("id") String id) {
        Target target = target(id);
        RegionAccess.requireEditable(identity, target.regionCode);
        QualitativeAssessment.ofTarget(target.id)
                .orElseThrow(() -> ApiException.notFound("Target " + target.id + " has no assessment."))
                .delete();
        return Response.noContent().build();
    }

    private static Target target(String id) {
        long key = Params.integer("id", id, 1, Integer.MAX_VALUE);
        return Target.byId(key).orElseThrow(() -> ApiException.notFound("No target has id " + key + "."));
    }
}

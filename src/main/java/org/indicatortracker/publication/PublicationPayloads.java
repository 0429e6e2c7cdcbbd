package org.indicatortracker.publication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of {@code /api/v1/publications} and of withdrawals. */
public final class PublicationPayloads {

    private PublicationPayloads() {
    }

    @Schema(name = "PublicationRequest", description = "Either the draft ids (targets and/or actuals), or a region and year "
            + "to publish all of its drafts (those already awaiting approval are left out).", example = """
            {"targets":[41,42],"actuals":[77],"note":"2024年伊春市目标"}""")
    public record PublicationRequest(
            @Size(max = 10000) List<Long> targets,
            @Size(max = 10000) List<Long> actuals,
            @Size(max = 16) String region,
            @Min(1949) @Max(2100) Integer year,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "PublicationDecision", description = "Approval or rejection of a pending publication")
    public record Decision(@Size(max = 1000) String note) {
    }

    @Schema(name = "Publication")
    public record PublicationView(long id, String status, String requestedBy, Instant requestedAt, String decidedBy,
                                  Instant decidedAt, String note, long version, List<ItemView> items) {
        static PublicationView of(Publication p) {
            return new PublicationView(p.id, p.status, p.requestedBy, p.requestedAt, p.decidedBy, p.decidedAt, p.note,
                    p.version, p.items.stream().map(i -> new ItemView(i.kind, i.figureId, i.figureVersion, i.publishedId)).toList());
        }
    }

    /** @param publishedId the public figure: the draft itself, or the original a draft change was copied onto */
    @Schema(name = "PublicationItem")
    public record ItemView(String kind, long figureId, long figureVersion, Long publishedId) {
    }

    @Schema(name = "Withdrawal", example = """
            {"reason":"来源文件中的数字为笔误，已由统计局更正","version":3}""")
    public record WithdrawalInput(
            @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "The version you read") Long version) {
    }
}

package org.indicatortracker.extraction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.extraction.ExtractionPayloads.CommitInput;
import org.indicatortracker.extraction.ExtractionPayloads.CommitResult;
import org.indicatortracker.extraction.ExtractionPayloads.ExtractionInput;
import org.indicatortracker.extraction.ExtractionPayloads.ExtractionView;
import org.indicatortracker.extraction.ExtractionPayloads.StatementView;
import org.indicatortracker.extraction.rules.ExtractedStatement;
import org.indicatortracker.extraction.rules.ExtractionRequest;
import org.indicatortracker.extraction.rules.ExtractionResult;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.AppConfig;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction", description = "Targets and outcomes read from a work report's text, for review and commit as drafts")
public class ExtractionResource {

    private static final String EXTRACT_DESCRIPTION = """
            Reads the figures of a government work report: outcomes of the year under review and targets for the coming \
            year, each with its indicator (matched by catalogue name and aliases), comparator, value, unit as written, \
            status (estimate under 预计) and the exact quote with its offsets. Rule-based: nothing is stored. \
            region and reportYear are inferred from the text when not given.""";

    @Inject
    Lexicon lexicon;

    @Inject
    ExtractionCommit committer;

    @Inject
    AppConfig config;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Extract statements from plain text (editor)", description = EXTRACT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "{ reportYear, region, statements: [...] }")
    @APIResponse(responseCode = "400", description = "Empty text, or a bad region or reportYear")
    @APIResponse(responseCode = "413", description = "The text is longer than the limit")
    public ExtractionView fromText(String text,
                                   @Parameter(description = "Region code; inferred when absent") @QueryParam("region") String region,
                                   @Parameter(description = "Report year; inferred when absent") @QueryParam("reportYear") String reportYear) {
        return extract(text, "text", Params.code("region", region), Params.year("reportYear", reportYear), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Extract statements from { text, region?, reportYear? } (editor)", description = EXTRACT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "{ reportYear, region, statements: [...] }")
    @APIResponse(responseCode = "400", description = "Empty text, or a bad region or reportYear")
    @APIResponse(responseCode = "413", description = "The text is longer than the limit")
    public ExtractionView fromJson(@Valid @NotNull ExtractionInput in) {
        return extract(in.text(), "text", Params.code("region", in.region()), in.reportYear(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Extract statements from an uploaded .txt (UTF-8 or GB18030) or .docx file (editor)",
            description = EXTRACT_DESCRIPTION + " The response also carries the text read from the file (text), which the offsets refer to.")
    @APIResponse(responseCode = "200", description = "{ reportYear, region, statements: [...], text, fileName }")
    @APIResponse(responseCode = "400", description = "No file, an empty or unreadable file, or a bad region or reportYear")
    @APIResponse(responseCode = "413", description = "The text is longer than the limit")
    @APIResponse(responseCode = "415", description = "Not a .txt or .docx file")
    public ExtractionView fromFile(@RestForm("file") FileUpload file, @RestForm("region") String region,
                                   @RestForm("reportYear") String reportYear) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", "is required: send the report as a .txt or .docx file in the form field 'file'");
        }
        String regionCode = Params.code("region", region);
        Integer year = Params.year("reportYear", reportYear);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ApiException.badRequest("file", "could not be read; please upload it again");
        }
        String text;
        try {
            text = ReportText.read(file.fileName(), bytes, config.extraction().maxChars());
        } catch (ReportText.Unreadable e) {
            if (e.unsupported) {
                throw new ApiException(Problem.of(415, "Unsupported file type", e.getMessage()));
            }
            throw ApiException.badRequest("file", e.getMessage());
        }
        return extract(text, "file", regionCode, year, file.fileName());
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Store reviewed statements as draft targets and outcomes (editor)", description = """
            All statements are stored, or none. Each becomes a draft target (kind target) or a draft outcome (kind actual, \
            vintage estimate for 预计 figures, preliminary otherwise, unless vintage is given), linked to the source \
            document with its quote. Values are converted into the indicator's unit (1.3万亿斤 → 13000 亿斤). \
            Drafts are not shown to the public until published.""")
    @APIResponse(responseCode = "201", description = "{ source, region, targets, actuals, created: [{ index, type, id }] }")
    @APIResponse(responseCode = "400", description = "Problems listed in errors, by field (statements[3].indicator); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unmatched", value = """
                    {"type":"about:blank","title":"Invalid request","status":400,
                     "detail":"statements[0].indicator: '四级林长' matches no indicator in the catalogue: choose an existing indicator key (GET /api/v1/indicators), or leave the statement out",
                     "errors":[{"field":"statements[0].indicator","message":"'四级林长' matches no indicator in the catalogue: choose an existing indicator key (GET /api/v1/indicators), or leave the statement out"}]}""")))
    @APIResponse(responseCode = "409", description = "Some statements are already stored (listed in errors); nothing was stored")
    public Response commit(@Valid @NotNull CommitInput in) {
        CommitResult result = committer.commit(in);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    private ExtractionView extract(String text, String field, String region, Integer reportYear, String fileName) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(field, fileName == null ? "is empty: send the report's text"
                    : "contains no text: is it the right file?");
        }
        int max = config.extraction().maxChars();
        if (text.length() > max) {
            throw new ApiException(Problem.of(413, "Text too long", "The text has " + text.length()
                    + " characters; at most " + max + " are read at once. Send the report in parts (for example the "
                    + "review and the plan separately)."));
        }
        if (region != null && Region.byCode(region).isEmpty()) {
            throw ApiException.badRequest("region", "no region has code '" + region + "'; see GET /api/v1/regions");
        }
        Lexicon.Snapshot snapshot = lexicon.current();
        ExtractionResult result = snapshot.extractor().extract(new ExtractionRequest(text, region, reportYear));
        List<StatementView> statements = new ArrayList<>(result.statements().size());
        for (ExtractedStatement s : result.statements()) {
            statements.add(view(statements.size(), s, snapshot));
        }
        String regionCode = result.region();
        return new ExtractionView(result.reportYear(), regionCode,
                regionCode == null ? null : snapshot.regionNames().get(regionCode), text.length(), statements,
                fileName == null ? null : text, fileName);
    }

    static StatementView view(int index, ExtractedStatement s, Lexicon.Snapshot snapshot) {
        Lexicon.IndicatorInfo info = s.indicatorKey() == null ? null : snapshot.indicators().get(s.indicatorKey());
        boolean actual = ExtractedStatement.ACTUAL.equals(s.kind());
        Vintage vintage = !actual ? null : ExtractedStatement.ESTIMATE.equals(s.status()) ? Vintage.ESTIMATE : Vintage.PRELIMINARY;
        return new StatementView(index, s.indicatorKey(), info == null ? null : info.nameZh(), info == null ? null : info.unit(),
                s.indicatorPhrase(), s.suggestedKey(), s.kind(), s.year() == 0 ? null : s.year(), s.comparator(),
                s.value(), s.valueHigh(), s.unit(), s.status(), vintage, s.relation(), s.referencedIndicatorKey(),
                s.referencedPhrase(), s.multiYear(), s.quote(), s.start(), s.end());
    }
}

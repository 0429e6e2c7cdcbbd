package org.indicatortracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/imports}. */
public final class ImportPayloads {

    private ImportPayloads() {
    }

    /**
     * Counts and errors of an import. When the file has errors and was to be committed, the same body is an RFC 9457
     * problem (type, title, status, detail) with these fields as extensions.
     *
     * @param figureStatus the status imported figures get: published, or draft
     * @param importId the committed import run (audit entries carry ref import:&lt;id&gt;); absent for a dry run and
     *                 when nothing changed
     * @param errorCount all errors; {@code errors} lists the first ones
     */
    @Schema(name = "ImportResult", example = """
            {"dryRun":true,"format":"csv","encoding":"GB18030","rows":2,"created":1,"updated":0,"unchanged":1,
             "errorCount":0,"errors":[],"warnings":[],"figureStatus":"published"}""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportResult(String type, String title, Integer status, String detail, String instance,
                               boolean dryRun, String fileName, String format, String encoding, int rows,
                               int created, int updated, int unchanged, int errorCount,
                               List<ErrorView> errors, List<ErrorView> warnings, String figureStatus, Long importId) {
    }

    /** One problem: the row as a spreadsheet numbers it (header = 1; 0 = the whole file) and the column's header. */
    @Schema(name = "ImportError", example = """
            {"row":7,"column":"数值","code":"not_a_number","message":"“五”不是数字。"}""")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ErrorView(int row, String column, String code, String message) {
    }
}

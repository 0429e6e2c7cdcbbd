package org.indicatortracker.ingest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.account.RegionAccess;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.ingest.ImportPayloads.ErrorView;
import org.indicatortracker.ingest.ImportPayloads.ImportResult;
import org.indicatortracker.ingest.file.FileParser;
import org.indicatortracker.ingest.file.RowError;
import org.indicatortracker.publication.PublicationPolicy;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Lang;
import org.indicatortracker.system.Lang.Text;
import org.indicatortracker.system.Params;
import org.indicatortracker.system.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Targets and outcomes from CSV or Excel files: dry run, then an all-or-nothing commit")
public class ImportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublicationPolicy policy;

    @Inject
    FigureExport export;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Import a CSV or .xlsx file of targets and outcomes",
            description = "Multipart field `file`. dryRun=true (the default) reports what would be created, updated or left "
                    + "unchanged and every row error; dryRun=false applies all rows in one transaction, or nothing if any row "
                    + "has an error. Importing the same file twice changes nothing the second time. Imported figures are "
                    + "published unless status=draft (query or form field). CSV may be UTF-8 (with or without BOM), GBK/GB18030 "
                    + "or UTF-16 with BOM. Messages follow Accept-Language (Chinese by default).")
    @APIResponse(responseCode = "200", description = "Counts (and, for a dry run, the errors found)")
    @APIResponse(responseCode = "400", description = "The file has errors: nothing was written; the body lists them (problem details)")
    @APIResponse(responseCode = "409", description = "Publishing needs approval: import with status=draft")
    @APIResponse(responseCode = "413", description = "The file is larger than indicators.limits.import-file")
    @APIResponse(responseCode = "415", description = "Not CSV or .xlsx")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("status") String formStatus,
                           @Parameter(description = "true (default): report only; false: apply") @QueryParam("dryRun") String dryRun,
                           @Parameter(description = "published (default) or draft") @QueryParam("status") String status,
                           @jakarta.ws.rs.core.Context UriInfo uri) throws IOException {
        boolean dry = dryRun(dryRun);
        PublicationStatus figureStatus = status(status != null && !status.isBlank() ? status : formStatus);
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", Text.of("请用 multipart 字段 file 上传 CSV 或 .xlsx 文件",
                    "upload a CSV or .xlsx file in the multipart field 'file'").current());
        }
        java.util.function.Predicate<String> mayEdit = region -> RegionAccess.mayEdit(identity, region);
        ImportService.Outcome outcome = dry
                ? service.dryRun(file.uploadedFile(), figureStatus, mayEdit)
                : service.commit(file.uploadedFile(), file.fileName(), figureStatus, mayEdit);
        return respond(outcome, dry, file.fileName(), figureStatus, uri.getPath());
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    @Operation(summary = "The import template as CSV (UTF-8 with BOM, Chinese headers, two example rows)")
    public Response templateCsv() {
        return Response.ok(ImportTemplate.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"indicator-import-template.csv\"").build();
    }

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The import template as Excel, with a sheet explaining every column")
    public Response templateXlsx() {
        return Response.ok(ImportTemplate.xlsx(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"indicator-import-template.xlsx\"").build();
    }

    @GET
    @Path("figures.csv")
    @Produces("text/csv")
    @Operation(summary = "Published targets and outcomes in the import's columns, to edit in a spreadsheet and import again",
            description = "Optionally ?region= and ?year=. UTF-8 with BOM; re-importing it unedited changes nothing; no cell "
                    + "can start a formula. The complete open-data download is GET /api/v1/export.")
    public Response figures(@QueryParam("region") String region, @QueryParam("year") String year) {
        String regionCode = Params.code("region", region);
        Integer y = Params.year("year", year);
        String name = "figures" + (regionCode == null ? "" : "-" + regionCode) + (y == null ? "" : "-" + y) + ".csv";
        return Response.ok(export.csv(regionCode, y), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private Response respond(ImportService.Outcome outcome, boolean dry, String fileName, PublicationStatus figureStatus, String path) {
        FileParser.Result parsed = outcome.parsed();
        Locale lang = Lang.current();
        List<ErrorView> errors = parsed.errors().stream().map(e -> view(e, lang)).toList();
        List<ErrorView> warnings = outcome.plan() == null ? List.of()
                : outcome.plan().warnings.stream().map(e -> view(e, lang)).toList();
        ImportPlan plan = outcome.plan();
        int created = plan == null ? 0 : plan.created();
        int updated = plan == null ? 0 : plan.updated();
        int unchanged = plan == null ? 0 : plan.unchanged;
        boolean unsupported = parsed.errorCount() == 1 && "unsupported_format".equals(parsed.errors().get(0).code());
        if (parsed.ok() || dry && !unsupported) {
            return Response.ok(new ImportResult(null, null, null, null, null, dry, fileName, parsed.format(), parsed.encoding(),
                    parsed.rows(), created, updated, unchanged, parsed.errorCount(), errors, warnings, figureStatus.wire(),
                    outcome.importId())).type(MediaType.APPLICATION_JSON).build();
        }
        int code = unsupported ? 415 : 400;
        String detail = unsupported ? errors.get(0).message() : Text.of(
                "文件有 " + parsed.errorCount() + " 处错误，未写入任何数据；请按 errors 中的行和列修改后重新导入。",
                "The file has " + parsed.errorCount() + " error(s); nothing was written. Fix the rows and columns listed "
                        + "in errors and import again.").in(lang);
        String title = unsupported ? Text.of("不支持的文件类型", "Unsupported media type").in(lang)
                : Text.of("导入文件有错误", "The import file has errors").in(lang);
        return Response.status(code).type(Problem.MEDIA_TYPE).entity(new ImportResult("about:blank", title, code, detail, path,
                dry, fileName, parsed.format(), parsed.encoding(), parsed.rows(), 0, 0, 0, parsed.errorCount(), errors, warnings,
                figureStatus.wire(), null)).build();
    }

    private static ErrorView view(RowError e, Locale lang) {
        return new ErrorView(e.row(), e.column(), e.code(), e.text(lang));
    }

    private static boolean dryRun(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.trim().equalsIgnoreCase("false")) {
            return false;
        }
        throw ApiException.badRequest("dryRun", "must be true or false");
    }

    private PublicationStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return policy.forCreate(null);
        }
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (!s.equals("draft") && !s.equals("published")) {
            throw ApiException.badRequest("status", "must be published or draft");
        }
        return policy.forCreate(PublicationStatus.of(s));
    }
}

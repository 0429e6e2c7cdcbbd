package org.indicatortracker.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.audit.AuditContext;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Lang.Text;
import org.indicatortracker.system.Params;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/sources/{sourceId}/files")
@Tag(name = "Sources")
public class SourceFileResource {

    @Inject
    EntityManager em;

    @Inject
    AuditContext audit;

    @Schema(name = "SourceFile", description = "An archived original of a source document")
    public record SourceFileView(long id, long sourceId, String fileName, String mediaType, long size, String sha256,
                                 Instant uploadedAt, String href) {
        static SourceFileView of(SourceFile f) {
            return new SourceFileView(f.id, f.sourceId, f.fileName, f.mediaType, f.size, f.sha256, f.uploadedAt,
                    "/api/v1/sources/" + f.sourceId + "/files/" + f.id);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The archived original files of a source document, oldest first")
    @APIResponse(responseCode = "404", description = "No such source")
    public List<SourceFileView> list(@PathParam("sourceId") String sourceId) {
        return SourceFile.ofSource(source(sourceId).id).stream().map(SourceFileView::of).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Archive the original file of a source (multipart field `file`)",
            description = "Stored with its SHA-256 and upload time. The same bytes uploaded again are not stored twice: the "
                    + "answer is then 200 with the file already kept.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "These bytes were already archived for this source")
    @APIResponse(responseCode = "413", description = "Larger than indicators.limits.source-file")
    public Response upload(@PathParam("sourceId") String sourceId, @RestForm("file") FileUpload file) throws IOException {
        SourceDocument source = source(sourceId);
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", Text.of("请用 multipart 字段 file 上传原件", "upload the file in the multipart field 'file'").current());
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        if (content.length == 0) {
            throw ApiException.badRequest("file", Text.of("文件是空的", "the file is empty").current());
        }
        String sha = sha256(content);
        var existing = SourceFile.bySha(source.id, sha);
        if (existing.isPresent()) {
            return Response.ok(SourceFileView.of(existing.get())).build();
        }
        String name = fileName(file.fileName());
        long id = ((Number) em.createNativeQuery("insert into source_file (source_id, file_name, media_type, size_bytes, sha256, "
                        + "uploaded_by, content) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id")
                .setParameter(1, source.id).setParameter(2, name).setParameter(3, mediaType(content, name))
                .setParameter(4, (long) content.length).setParameter(5, sha).setParameter(6, audit.actor())
                .setParameter(7, content).getSingleResult()).longValue();
        SourceFile stored = SourceFile.findById(id);
        return Response.created(URI.create("/api/v1/sources/" + source.id + "/files/" + id)).entity(SourceFileView.of(stored)).build();
    }

    @GET
    @Path("{fileId}")
    @Operation(summary = "Download an archived file",
            description = "Sent as an attachment with its SHA-256 as ETag and Repr-Digest; never rendered in the site's origin.")
    @APIResponse(responseCode = "404", description = "No such file")
    public Response download(@PathParam("sourceId") String sourceId, @PathParam("fileId") String fileId) {
        SourceFile f = file(sourceId, fileId);
        byte[] content = (byte[]) em.createNativeQuery("select content from source_file where id = ?1").setParameter(1, f.id).getSingleResult();
        return Response.ok(content, f.mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(f.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("ETag", "\"" + f.sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(f.sha256)) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .build();
    }

    @DELETE
    @Path("{fileId}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Remove an archived file (admins only: archived originals are meant to stay)")
    public Response delete(@PathParam("sourceId") String sourceId, @PathParam("fileId") String fileId) {
        file(sourceId, fileId).delete();
        return Response.noContent().build();
    }

    private static SourceDocument source(String raw) {
        long id = Params.integer("sourceId", raw, 1, Integer.MAX_VALUE);
        return SourceDocument.byId(id).orElseThrow(() -> ApiException.notFound("No source document has id " + id + "."));
    }

    private static SourceFile file(String sourceId, String fileId) {
        SourceDocument source = source(sourceId);
        long id = Params.integer("fileId", fileId, 1, Integer.MAX_VALUE);
        return SourceFile.of(source.id, id).orElseThrow(() -> ApiException.notFound("Source " + source.id + " has no file " + id + "."));
    }

    /** The name as uploaded, without any path and control characters, at most 255 characters. */
    static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "source";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** What the bytes are, from their first bytes (the declared type is not trusted). */
    static String mediaType(byte[] b, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (starts(b, "%PDF")) {
            return "application/pdf";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (starts(b, "PK")) {
            if (lower.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            return "application/zip";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF) {
            return lower.endsWith(".xls") ? "application/vnd.ms-excel" : "application/msword";
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return "text/html";
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.parindex.assessment.evidence.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.Assessments;
import vn.parindex.assessment.evidence.AssessmentEvidence;
import vn.parindex.assessment.evidence.Evidence;
import vn.parindex.assessment.web.Actors;
import vn.parindex.assessment.web.Roles;

/** Evidence (tài liệu kiểm chứng) per criterion: files and links. */
@Path("/api/v1/periods/{period}/assessments/{unit}/evidence")
@Tag(name = "Assessments")
public class EvidenceResource {

    private static final String PERIOD = "The period's code.";
    private static final String UNIT = "The unit, by code (24) or by key (24@2008-08-01).";
    private static final String CONTENT_ADDRESS = "The address of what was attached: for a file, its content "
            + "(/api/v1/periods/{period}/assessments/{unit}/evidence/{id}/content).";
    private static final String TYPES = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), JPEG, PNG or ZIP by default (the "
            + "operator's PARINDEX_EVIDENCE_CONTENT_TYPES), at most 20 MiB by default (PARINDEX_EVIDENCE_MAX_BYTES)";
    private static final String UPLOAD = "Uploads a file as evidence (tài liệu kiểm chứng, minh chứng) for a self-assessed "
            + "criterion, in one of two forms. The raw form: the body is the file itself, Content-Type its type, and the "
            + "query parameters criterion, fileName and description. The form an HTML page sends (multipart/form-data): the "
            + "part named file (its file name and type as the browser gives them) and the fields criterion and description; "
            + "the query parameters are not read then. Accepted: " + TYPES + "; a file whose bytes are not those of its "
            + "declared type is refused. Kept with its size and SHA-256. The unit itself, while DRAFT or while an explanation "
            + "is requested.";
    private static final String UPLOAD_BODY = "The file: either the raw bytes with the file's own Content-Type, or a "
            + "multipart/form-data form with the parts file, criterion and description.";
    private static final String RAW_ONLY = " Read for the raw body only; a multipart form carries it as a field.";

    /** The form an HTML page sends to upload evidence: documentation of the multipart body uploadForm reads. */
    @Schema(name = "EvidenceFileForm", description = "The multipart/form-data form that uploads a file as evidence.",
            requiredProperties = { "file", "criterion" })
    public record FileForm(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The file, with its file name and type as the "
                    + "browser gives them (" + TYPES + ").") String file,
            @Schema(description = "The code of the self-assessed criterion the file is evidence for.", example = "1")
            String criterion,
            @Schema(description = "What the file shows (at most 1000 characters).", example = "Kế hoạch cải cách hành chính "
                    + "năm 2020") String description) {
    }

    @Schema(name = "Evidence", description = "One piece of evidence (tài liệu kiểm chứng) attached to a criterion: a file "
            + "kept by the service, or a link.")
    public record EvidenceView(@Schema(description = "The evidence's id.", example = "1") long id,
            @Schema(description = "The code of the criterion it is evidence for.", example = "1") String criterion,
            @Schema(description = "A file or a link.") Evidence.Kind kind,
            @Schema(description = "The file's name (FILE).", example = "Ke-hoach-CCHC-2020.pdf") String fileName,
            @Schema(description = "The file's type (FILE).", example = "application/pdf") String contentType,
            @Schema(description = "The file's size in bytes (FILE).", example = "248311") Long sizeBytes,
            @Schema(description = "The SHA-256 of the file's bytes, hexadecimal (FILE); the download carries it as Digest.")
            String sha256,
            @Schema(description = "The http or https address (LINK).",
            example = "https://bacgiang.gov.vn/van-ban/ke-hoach-cchc-2020")
            String url,
            @Schema(description = "What the evidence shows.",
            example = "Kế hoạch cải cách hành chính năm 2020") String description,
            @Schema(description = "When it was attached.") Instant uploadedAt,
            @Schema(description = "Who attached it (the token's name).", example = "local-unit") String uploadedBy) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.id, e.criterionCode, e.kind, e.fileName, e.contentType, e.sizeBytes, e.sha256, e.url,
                    e.description, e.uploadedAt, e.uploadedBy);
        }
    }

    @Schema(name = "EvidenceLinkRequest", description = "A link to attach as evidence for a criterion.")
    public record LinkRequest(@Schema(description = "The code of the self-assessed criterion it is evidence for.", example = "1")
            @NotBlank String criterion,
            @Schema(description = "An http or https address (at most 2000 characters).",
                    example = "https://bacgiang.gov.vn/van-ban/ke-hoach-cchc-2020") @NotBlank @Size(max = 2000) String url,
            @Schema(description = "What the evidence shows (at most 1000 characters).",
                    example = "Kế hoạch cải cách hành chính năm 2020") @Size(max = 1000) String description) {
    }

    private final AssessmentEvidence evidence;
    private final Assessments assessments;
    private final Actors actors;

    EvidenceResource(AssessmentEvidence evidence, Assessments assessments, Actors actors) {
        this.evidence = evidence;
        this.assessments = assessments;
        this.actors = actors;
    }

    @POST
    @Path("/files")
    @Consumes("*/*")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "uploadEvidenceFile", summary = "Tải lên tài liệu kiểm chứng — upload a file as evidence for a "
            + "criterion, raw or from a form (multipart/form-data)", description = UPLOAD)
    @APIResponse(responseCode = "201", description = "The file is kept.",
            headers = @Header(name = "Location", description = CONTENT_ADDRESS,
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    public Response upload(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = "The code of the self-assessed criterion the file is evidence for." + RAW_ONLY,
                    example = "1") @QueryParam("criterion") String criterion,
            @Parameter(description = "The file's name (at most 255 characters)." + RAW_ONLY, example = "Ke-hoach-CCHC-2020.pdf")
            @QueryParam("fileName") String fileName,
            @Parameter(description = "What the file shows (at most 1000 characters)." + RAW_ONLY,
                    example = "Kế hoạch cải cách hành chính năm 2020") @QueryParam("description") String description,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody(description = UPLOAD_BODY, required = true, content = @Content(mediaType = "*/*",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body) {
        if (criterion == null || criterion.isBlank()) {
            throw Refusal.invalid("criterion", "name the criterion the file is evidence for");
        }
        Evidence stored = evidence.upload(period, unit, criterion, fileName, contentType, body, description, actors.current());
        return created(period, unit, stored);
    }

    @POST
    @Path("/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.UNIT)
    // the same operation as uploadEvidenceFile with another body type: SmallRye merges the two, named once
    @Operation(summary = "Tải lên tài liệu kiểm chứng — upload a file as evidence for a "
            + "criterion, raw or from a form (multipart/form-data)", description = UPLOAD)
    @APIResponse(responseCode = "201", description = "The file is kept.",
            headers = @Header(name = "Location", description = CONTENT_ADDRESS,
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @RequestBody(description = UPLOAD_BODY, required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = FileForm.class)))
    public Response uploadForm(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @RestForm("file") FileUpload file, @RestForm("criterion") String criterion, @RestForm("description") String description)
            throws IOException {
        if (file == null) {
            throw Refusal.invalid("file", "attach the file in the form's part named file");
        }
        if (criterion == null || criterion.isBlank()) {
            throw Refusal.invalid("criterion", "name the criterion the file is evidence for");
        }
        Evidence stored = evidence.upload(period, unit, criterion, file.fileName(), file.contentType(),
                Files.readAllBytes(file.uploadedFile()), description, actors.current());
        return created(period, unit, stored);
    }

    @POST
    @Path("/links")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "attachEvidenceLink", summary = "Đính kèm liên kết kiểm chứng — attach a link as evidence for a "
            + "criterion", description = "Attaches an http or https address as evidence (tài liệu kiểm chứng) for a "
            + "self-assessed criterion. The unit itself, while DRAFT or while an explanation is requested.")
    @APIResponse(responseCode = "201", description = "The link is attached.", headers = @Header(name = "Location",
            description = "/api/v1/periods/{period}/assessments/{unit}/evidence/{id}/content, as for a file; a link has no "
                    + "content there (404): its address is url.",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    public Response link(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @RequestBody(description = "The link.", required = true) @NotNull @Valid LinkRequest request) {
        Evidence stored = evidence.link(period, unit, request.criterion(), request.url(), request.description(), actors.current());
        return created(period, unit, stored);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvidence", summary = "Tài liệu kiểm chứng — the evidence of an assessment",
            description = "Every file and link attached as evidence (tài liệu kiểm chứng) to the assessment's criteria, by "
                    + "criterion code, then in the order attached. Public once published; before, staff (admins and "
                    + "appraisers) and the unit.")
    @APIResponse(responseCode = "200", description = "The evidence.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class)))
    public List<EvidenceView> list(
            @Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit) {
        Assessment assessment = assessments.readable(period, unit, actors.optional());
        return evidence.list(assessment).stream().map(EvidenceView::of).toList();
    }

    @GET
    @Path("/{id}/content")
    @PermitAll
    @Operation(operationId = "downloadEvidenceFile", summary = "Tải về tài liệu kiểm chứng — download an evidence file",
            description = "The file's bytes as uploaded, with its own Content-Type, its name in Content-Disposition and its "
                    + "SHA-256 in Digest. Readable as the evidence list is: public once published; before, staff and the unit.")
    @APIResponse(responseCode = "200", description = "The file, in its own type.", headers = {
            @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''{the file's name, percent-encoded}",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Digest", description = "sha-256={the file's SHA-256, hexadecimal}",
                    schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = "The evidence's id.", example = "1") @PathParam("id") long id) {
        Evidence file = evidence.file(assessments.readable(period, unit, actors.optional()), id);
        return Response.ok(file.content, file.contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + file.sha256)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "removeEvidence", summary = "Xóa tài liệu kiểm chứng — remove evidence (the unit, while it may "
            + "still change it)", description = "Removes a file or link from the assessment's evidence, audited. The unit "
            + "itself, while DRAFT or while an explanation is requested.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public Response remove(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = "The evidence's id.", example = "1") @PathParam("id") long id) {
        evidence.remove(period, unit, id, actors.current());
        return Response.noContent().build();
    }

    private static Response created(String period, String unit, Evidence stored) {
        return Response.created(URI.create("/api/v1/periods/" + period + "/assessments/" + unit + "/evidence/" + stored.id + "/content"))
                .entity(EvidenceView.of(stored)).build();
    }
}

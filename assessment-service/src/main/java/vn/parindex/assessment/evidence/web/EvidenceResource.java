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

    public record EvidenceView(long id, String criterion, Evidence.Kind kind, String fileName, String contentType, Long sizeBytes,
            String sha256, String url, String description, Instant uploadedAt, String uploadedBy) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.id, e.criterionCode, e.kind, e.fileName, e.contentType, e.sizeBytes, e.sha256, e.url,
                    e.description, e.uploadedAt, e.uploadedBy);
        }
    }

    public record LinkRequest(@NotBlank String criterion, @NotBlank @Size(max = 2000) String url, @Size(max = 1000) String description) {
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
    @Operation(summary = "Upload a file as evidence for a criterion", description = "The body is the file; Content-Type its "
            + "type (PDF, Word, Excel, JPEG, PNG or ZIP), fileName its name. Kept with its size and SHA-256. While DRAFT or "
            + "while an explanation is requested.")
    public Response upload(@PathParam("period") String period, @PathParam("unit") String unit,
            @QueryParam("criterion") String criterion, @QueryParam("fileName") String fileName,
            @QueryParam("description") String description, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
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
    @Operation(summary = "Upload a file as evidence from a form (multipart/form-data)", description = "What an HTML form "
            + "sends: the part named file (its file name and type as the browser gives them), and the fields criterion and "
            + "description. The same rules as the raw upload.")
    public Response uploadForm(@PathParam("period") String period, @PathParam("unit") String unit,
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
    @Operation(summary = "Attach a link as evidence for a criterion")
    public Response link(@PathParam("period") String period, @PathParam("unit") String unit, @NotNull @Valid LinkRequest request) {
        Evidence stored = evidence.link(period, unit, request.criterion(), request.url(), request.description(), actors.current());
        return created(period, unit, stored);
    }

    @GET
    @PermitAll
    @Operation(summary = "The evidence of an assessment", description = "Public once published; before, staff and the unit.")
    public List<EvidenceView> list(@PathParam("period") String period, @PathParam("unit") String unit) {
        Assessment assessment = assessments.readable(period, unit, actors.optional());
        return evidence.list(assessment).stream().map(EvidenceView::of).toList();
    }

    @GET
    @Path("/{id}/content")
    @PermitAll
    @Operation(summary = "Download an evidence file")
    public Response content(@PathParam("period") String period, @PathParam("unit") String unit, @PathParam("id") long id) {
        Evidence file = evidence.file(assessments.readable(period, unit, actors.optional()), id);
        return Response.ok(file.content, file.contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + file.sha256)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.UNIT)
    @Operation(summary = "Remove evidence (the unit, while it may still change it)")
    public Response remove(@PathParam("period") String period, @PathParam("unit") String unit, @PathParam("id") long id) {
        evidence.remove(period, unit, id, actors.current());
        return Response.noContent().build();
    }

    private static Response created(String period, String unit, Evidence stored) {
        return Response.created(URI.create("/api/v1/periods/" + period + "/assessments/" + unit + "/evidence/" + stored.id + "/content"))
                .entity(EvidenceView.of(stored)).build();
    }
}

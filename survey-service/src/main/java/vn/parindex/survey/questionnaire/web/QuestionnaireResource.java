package vn.parindex.survey.questionnaire.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import vn.parindex.survey.Refusal;
import vn.parindex.survey.questionnaire.QuestionnaireDocument;
import vn.parindex.survey.questionnaire.QuestionnaireVersion;
import vn.parindex.survey.questionnaire.QuestionnaireWorkbook;
import vn.parindex.survey.questionnaire.Questionnaires;
import vn.parindex.survey.web.Actors;
import vn.parindex.survey.web.Versions;
import vn.parindex.survey.web.Negotiation;
import vn.parindex.survey.web.Roles;

@Path("/api/v1/questionnaires")
@Tag(name = "Questionnaires")
public class QuestionnaireResource {

    @Schema(name = "QuestionnaireSummary", description = "One stored version of a questionnaire (phiếu khảo sát). version is "
            + "the value to send back as If-Match to publish the next version (also the ETag).")
    public record QuestionnaireSummary(@Schema(description = "The questionnaire's code.", example = "SIPAS-2017") String code,
            @Schema(description = "The version number, from 1; send it as If-Match to publish the next version.", example = "1")
            int version,
            @Schema(description = "The questionnaire's name.", example = "Phiếu khảo sát sự hài lòng của người dân, tổ chức đối với "
                    + "sự phục vụ của cơ quan hành chính nhà nước (SIPAS, mẫu)") String name,
            @Schema(description = "Whether it is a template to adapt rather than an official form.", example = "true") boolean template,
            @Schema(description = "When this version was stored.") Instant createdAt,
            @Schema(description = "Who stored it: the token's user name, or reference-data for the questionnaires shipped "
                    + "with the service.", example = "reference-data") String createdBy) {
        static QuestionnaireSummary of(QuestionnaireVersion v) {
            return new QuestionnaireSummary(v.code, v.version, v.name, v.template, v.createdAt, v.createdBy);
        }
    }

    private static final String CODE = "The questionnaire's code.";
    private static final String ETAG = "The version's number, quoted: send it as If-Match to publish the next version.";
    private static final String SAME_DOCUMENT = "The latest version holds the same document already; nothing is stored.";
    // the JSON and the workbook import are one operation (one path and method, two media types): both carry the same words
    private static final String IMPORT_SUMMARY = "Nhập phiếu khảo sát — import a questionnaire (JSON or XLSX workbook)";
    private static final String IMPORT_DESCRIPTION = "Imports a questionnaire (phiếu khảo sát) as JSON or as the XLSX workbook "
            + "that GET returns with Accept " + QuestionnaireWorkbook.MEDIA_TYPE + " (faults are then named by sheet and "
            + "cell). Omitted parts take the SIPAS defaults: the five-level scale, the top two answers as satisfied, plain "
            + "means. A new code is stored as version 1 (201); the same document again returns the version holding it (200); "
            + "other content under an existing code is a 409 (publish a new version with PUT and If-Match). Every broken rule "
            + "is named in the problem's errors.";
    private static final String IMPORT_CREATED = "A new code, stored as version 1.";
    private static final String IMPORT_BODY = "The questionnaire: a JSON document, or the XLSX workbook laid out as GET returns it.";

    private final Questionnaires questionnaires;
    private final Actors actors;

    QuestionnaireResource(Questionnaires questionnaires, Actors actors) {
        this.questionnaires = questionnaires;
        this.actors = actors;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listQuestionnaires", summary = "Các phiếu khảo sát — the latest version of every questionnaire",
            description = "The latest version of every questionnaire (phiếu khảo sát), by code, with the shipped SIPAS "
                    + "template SIPAS-2017 among them.")
    @APIResponse(responseCode = "200", description = "The latest version of each questionnaire.")
    public List<QuestionnaireSummary> list() {
        return questionnaires.list().stream().map(QuestionnaireSummary::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importQuestionnaire", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "201", description = IMPORT_CREATED, headers = {
            @Header(name = "Location", description = "The version's address, /api/v1/questionnaires/{code}/versions/1.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireSummary.class)))
    @APIResponse(responseCode = "200", description = SAME_DOCUMENT,
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireSummary.class)))
    public Response importJson(@RequestBody(description = IMPORT_BODY, required = true) @NotNull @Valid QuestionnaireDocument document) {
        return imported(questionnaires.importDocument(document, null, actors.name()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishQuestionnaireVersion", summary = "Phiên bản mới của phiếu khảo sát — publish a new version "
            + "of a questionnaire", description = "Publishes the next version of a questionnaire (phiếu khảo sát); the "
            + "document's code must be the path's. Requires If-Match with the latest version read: of concurrent editors "
            + "holding the same version one adds the next version (201), the others get a 409 carrying the current version. "
            + "The same document again returns the version holding it (200). Waves keep the version they pinned.")
    @APIResponse(responseCode = "201", description = "The next version is stored.", headers = {
            @Header(name = "Location", description = "The version's address, /api/v1/questionnaires/{code}/versions/{version}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireSummary.class)))
    @APIResponse(responseCode = "200", description = SAME_DOCUMENT,
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireSummary.class)))
    public Response revise(@Parameter(description = CODE, example = "SIPAS-2017") @PathParam("code") String code,
            @Parameter(description = "The latest version read (its ETag or version), e.g. \"1\".", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The next version's document; its code must be the path's.", required = true)
            @NotNull @Valid QuestionnaireDocument document) {
        if (!code.equals(document.code())) {
            throw Refusal.invalid("code", "the document's code " + document.code() + " differs from the path's " + code);
        }
        return imported(questionnaires.importDocument(document, Versions.expected(ifMatch), actors.name()));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(QuestionnaireWorkbook.MEDIA_TYPE)
    // the same operation as importQuestionnaire with another body type: SmallRye merges the two, named once
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "201", description = IMPORT_CREATED, headers = {
            @Header(name = "Location", description = "The version's address, /api/v1/questionnaires/{code}/versions/1.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireSummary.class)))
    @APIResponse(responseCode = "200", description = SAME_DOCUMENT,
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireSummary.class)))
    public Response importWorkbook(@RequestBody(description = IMPORT_BODY, required = true, content = @Content(mediaType = QuestionnaireWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] workbook) {
        return imported(questionnaires.importDocument(QuestionnaireWorkbook.read(workbook), null, actors.name()));
    }

    private Response imported(Questionnaires.Imported imported) {
        QuestionnaireVersion v = imported.version();
        Response.ResponseBuilder response = imported.created()
                ? Response.created(URI.create("/api/v1/questionnaires/" + v.code + "/versions/" + v.version))
                : Response.ok();
        return response.entity(QuestionnaireSummary.of(v)).tag(new EntityTag(Integer.toString(v.version))).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, QuestionnaireWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getQuestionnaire", summary = "Phiếu khảo sát — the latest version of a questionnaire, as JSON or "
            + "as the XLSX workbook", description = "The latest version of a questionnaire (phiếu khảo sát) with its defaults "
                    + "filled in: JSON, or the XLSX workbook (the form POST imports) with Accept " + QuestionnaireWorkbook.MEDIA_TYPE
                    + ".")
    @APIResponse(responseCode = "200", description = "The questionnaire version: JSON (with its version as ETag), or the XLSX "
            + "workbook when Accept names it before JSON (as an attachment, CODE-vN.xlsx).",
            headers = { @Header(name = "ETag", description = "The version's number, quoted (JSON only).",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "XLSX only: attachment; filename=\"CODE-vN.xlsx\".",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireDocument.class)),
                    @Content(mediaType = QuestionnaireWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response latest(@Parameter(description = CODE, example = "SIPAS-2017") @PathParam("code") String code, HttpHeaders headers) {
        QuestionnaireVersion v = questionnaires.latest(code)
                .orElseThrow(() -> vn.parindex.survey.Refusal.notFound("no questionnaire " + code));
        return document(v, headers);
    }

    @GET
    @Path("/{code}/versions")
    @PermitAll
    @Operation(operationId = "listQuestionnaireVersions", summary = "Các phiên bản của phiếu khảo sát — every version of a "
            + "questionnaire", description = "Every stored version of a questionnaire (phiếu khảo sát), oldest first.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first.")
    public List<QuestionnaireSummary> versions(@Parameter(description = CODE, example = "SIPAS-2017") @PathParam("code") String code) {
        return questionnaires.versions(code).stream().map(QuestionnaireSummary::of).toList();
    }

    @GET
    @Path("/{code}/versions/{version}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, QuestionnaireWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getQuestionnaireVersion", summary = "Phiên bản của phiếu khảo sát — one version of a "
            + "questionnaire, as JSON or as the XLSX workbook", description = "One version of a questionnaire (phiếu khảo "
                    + "sát), as a wave that pinned it reads it: JSON, or the XLSX workbook with Accept "
                    + QuestionnaireWorkbook.MEDIA_TYPE + ".")
    @APIResponse(responseCode = "200", description = "The questionnaire version: JSON (with its version as ETag), or the XLSX "
            + "workbook when Accept names it before JSON (as an attachment, CODE-vN.xlsx).",
            headers = { @Header(name = "ETag", description = "The version's number, quoted (JSON only).",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "XLSX only: attachment; filename=\"CODE-vN.xlsx\".",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireDocument.class)),
                    @Content(mediaType = QuestionnaireWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response version(@Parameter(description = CODE, example = "SIPAS-2017") @PathParam("code") String code,
            @Parameter(description = "The version number, from 1.", example = "1") @PathParam("version") int version,
            HttpHeaders headers) {
        return document(questionnaires.version(code, version), headers);
    }

    private Response document(QuestionnaireVersion v, HttpHeaders headers) {
        QuestionnaireDocument document = questionnaires.document(v);
        if (Negotiation.prefers(headers, MediaType.valueOf(QuestionnaireWorkbook.MEDIA_TYPE))) {
            return Response.ok(QuestionnaireWorkbook.write(document), QuestionnaireWorkbook.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + v.code + "-v" + v.version + ".xlsx\"").build();
        }
        return Response.ok(document, MediaType.APPLICATION_JSON).header("ETag", "\"" + v.version + "\"").build();
    }
}

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

    public record QuestionnaireSummary(String code, int version, String name, boolean template, Instant createdAt, String createdBy) {
        static QuestionnaireSummary of(QuestionnaireVersion v) {
            return new QuestionnaireSummary(v.code, v.version, v.name, v.template, v.createdAt, v.createdBy);
        }
    }

    private final Questionnaires questionnaires;
    private final Actors actors;

    QuestionnaireResource(Questionnaires questionnaires, Actors actors) {
        this.questionnaires = questionnaires;
        this.actors = actors;
    }

    @GET
    @PermitAll
    @Operation(summary = "The latest version of every questionnaire")
    public List<QuestionnaireSummary> list() {
        return questionnaires.list().stream().map(QuestionnaireSummary::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a questionnaire (JSON)", description = "Omitted parts take the SIPAS defaults: the five-level "
            + "scale, the top two answers as satisfied, plain means. A new code is stored as version 1 (201); the same "
            + "document again returns the version holding it (200); other content under an existing code is a 409 (publish a "
            + "new version with PUT and If-Match). Every broken rule is named in the problem's errors.")
    public Response importJson(@NotNull @Valid QuestionnaireDocument document) {
        return imported(questionnaires.importDocument(document, null, actors.name()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of a questionnaire", description = "Requires If-Match with the latest version "
            + "read: of concurrent editors holding the same version one adds the next version (201), the others get a 409 "
            + "carrying the current version. The same document again returns the version holding it (200). Waves keep the "
            + "version they pinned.")
    public Response revise(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid QuestionnaireDocument document) {
        if (!code.equals(document.code())) {
            throw Refusal.invalid("code", "the document's code " + document.code() + " differs from the path's " + code);
        }
        return imported(questionnaires.importDocument(document, Versions.expected(ifMatch), actors.name()));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(QuestionnaireWorkbook.MEDIA_TYPE)
    @Operation(summary = "Import a questionnaire (XLSX workbook)", description = "The workbook GET returns with Accept "
            + QuestionnaireWorkbook.MEDIA_TYPE + "; faults are named by sheet and cell.")
    public Response importWorkbook(byte[] workbook) {
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
    @Operation(summary = "The latest version of a questionnaire, as JSON or as the XLSX workbook")
    public Response latest(@PathParam("code") String code, HttpHeaders headers) {
        QuestionnaireVersion v = questionnaires.latest(code)
                .orElseThrow(() -> vn.parindex.survey.Refusal.notFound("no questionnaire " + code));
        return document(v, headers);
    }

    @GET
    @Path("/{code}/versions")
    @PermitAll
    @Operation(summary = "Every version of a questionnaire")
    public List<QuestionnaireSummary> versions(@PathParam("code") String code) {
        return questionnaires.versions(code).stream().map(QuestionnaireSummary::of).toList();
    }

    @GET
    @Path("/{code}/versions/{version}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, QuestionnaireWorkbook.MEDIA_TYPE })
    @Operation(summary = "One version of a questionnaire, as JSON or as the XLSX workbook")
    public Response version(@PathParam("code") String code, @PathParam("version") int version, HttpHeaders headers) {
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

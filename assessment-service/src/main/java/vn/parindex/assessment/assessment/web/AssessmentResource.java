package vn.parindex.assessment.assessment.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.assessment.AdjustmentAward;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.assessment.Assessments;
import vn.parindex.assessment.assessment.CriterionEntry;
import vn.parindex.assessment.assessment.ScoreSheet;
import vn.parindex.assessment.assessment.ScoreSheets;
import vn.parindex.assessment.assessment.ScoreWorkbook;
import vn.parindex.assessment.assessment.WorkflowSteps;
import vn.parindex.assessment.assessment.messaging.AssessmentResultChanged;
import vn.parindex.assessment.web.Actors;
import vn.parindex.assessment.web.Versions;
import vn.parindex.assessment.web.Negotiation;
import vn.parindex.assessment.web.Roles;
import vn.parindex.assessment.workflow.Action;
import vn.parindex.assessment.workflow.AppraisalRounds;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;

/** One unit's assessment in a period: its scores by stage, explanations, workflow steps, result and audit trail. */
@Path("/api/v1/periods/{period}/assessments/{unit}")
@Tag(name = "Assessments", description = "Bản đánh giá: one unit's assessment in a period, its scores by stage (tự chấm, "
        + "thẩm định, final), explanations (giải trình), workflow steps, result, audit trail and evidence (tài liệu kiểm chứng).")
public class AssessmentResource {

    private static final String PERIOD = "The period's code.";
    private static final String UNIT = "The unit, by code (24) or by key (24@2008-08-01).";
    private static final String STAGE = "self (the unit's self-assessment), appraised, final or survey.";
    private static final String IF_MATCH = "The assessment's version as last read (its ETag or version), e.g. \"7\".";
    private static final String VERSION_TAG = "The assessment's version, quoted, e.g. \"7\": send it as If-Match on the next "
            + "write.";
    private static final String SCORES = "Writes a stage's points for many criteria (and bonus or penalty lines) at once. As "
            + "JSON (ScoreSheet), stage is self (the unit, while DRAFT and before the self-assessment deadline), appraised (an "
            + "appraiser, thẩm định, while SUBMITTED or EXPLAINED), final (an appraiser, from APPRAISED on, corrections after "
            + "publication included) or survey (an admin entering survey results measured outside the platform, for SURVEY "
            + "criteria only). As the score sheet (XLSX, Content-Type " + ScoreWorkbook.MEDIA_TYPE + "), only the self stage: "
            + "the sheet as downloaded, with the unit's columns (E to K) and bonus lines filled in, faults naming the cell. "
            + "Criteria and lines not named keep what they hold. Requires If-Match with the version read.";
    private static final String SCORES_BODY = "The stage's inputs: a ScoreSheet as JSON, or (self stage only) the score sheet "
            + "as XLSX.";

    @Schema(name = "CriterionEntry", description = "What one stage holds for one criterion: the input (which field counts "
            + "depends on the criterion's rule), the note, the unit's explanation (giải trình), and who changed it last.")
    public record EntryView(
            @Schema(description = "The points (MANUAL).", example = "7.92") BigDecimal points,
            @Schema(description = "Whether achieved (BOOLEAN).", example = "true") Boolean achieved,
            @Schema(description = "The count achieved (RATIO).", example = "45") BigDecimal numerator,
            @Schema(description = "The count it is measured against (RATIO).", example = "60") BigDecimal denominator,
            @Schema(description = "The measured value (THRESHOLDS, RELATIVE_TO_BEST) or satisfaction percentage (SURVEY).",
                    example = "81.56") BigDecimal value,
            @Schema(description = "Marked not applicable: out of the maximum.", example = "false") boolean notApplicable,
            @Schema(description = "The note that goes with the input.", example = "Theo báo cáo tự đánh giá") String note,
            @Schema(description = "The unit's explanation (giải trình), on the self stage.") String explanation,
            @Schema(description = "When the entry last changed.") Instant updatedAt,
            @Schema(description = "Who changed it last (the token's name).", example = "local-unit") String updatedBy) {

        static EntryView of(CriterionEntry e) {
            return new EntryView(e.points, e.achieved, e.numerator, e.denominator, e.value, e.notApplicable, e.note,
                    e.explanation, e.updatedAt, e.updatedBy);
        }
    }

    @Schema(name = "Assessment", description = "One unit's assessment (bản đánh giá) in a period, with every stage's "
            + "entries. version is the value to send back as If-Match on the next write (also the ETag).")
    public record AssessmentView(@Schema(description = PERIOD, example = "PAR-2020-PROVINCE") String periodCode,
            @Schema(description = "The unit's key, code@validFrom.", example = "24@2008-08-01") String unitKey,
            @Schema(description = "The unit's code.", example = "24") String unitCode,
            @Schema(description = "The unit's name.", example = "Tỉnh Bắc Giang") String unitName,
            @Schema(description = "Where the assessment stands.") AssessmentStatus status,
            @Schema(description = "The assessment's version: send it as If-Match on the next write.", example = "7") long version,
            @Schema(description = "When the assessment was published; null before.") Instant publishedAt,
            @Schema(description = "Entries by stage (SELF, APPRAISED, FINAL, SURVEY), then by criterion code; a stage with no "
                    + "entry is absent.") Map<Stage, Map<String, EntryView>> criteria,
            @Schema(description = "Bonus and penalty points awarded, by stage, then by line code.",
                    example = "{\"SELF\": {\"THUONG-TTHC\": 1, \"THUONG-TCC\": 0.5}}")
            Map<Stage, Map<String, BigDecimal>> adjustments) {
    }

    @Schema(name = "AuditEntry", description = "One audited change of an assessment: who, when, which value, old and new.")
    public record AuditView(@Schema(description = "When.") Instant at,
            @Schema(description = "Who (the token's name, or the survey for survey results).",
            example = "local-unit") String actor,
            @Schema(description = "What changed, e.g. status, criteria.{code}.{STAGE}.points, adjustments.{line}.{STAGE} or "
                    + "evidence.{code}.", example = "criteria.1.SELF.points") String field,
            @Schema(description = "The value before, as text; null when there was none.") String oldValue,
            @Schema(description = "The value after, as text; null when removed.", example = "7.92") String newValue) {
    }

    /** An optional body of a workflow step: an admin's reason to finalize or publish a result with empty criteria. */
    @Schema(name = "WorkflowStepRequest", description = "The optional body of a workflow step: an admin's reason to finalize "
            + "or publish a result with empty criteria (kept and audited).")
    public record ActionRequest(@Schema(description = "Why a result with empty criteria is accepted (at most 1000 "
            + "characters); admins only.", example = "Đơn vị không có dữ liệu cho tiêu chí 1.3 trong năm đánh giá")
            @Size(max = 1000) String incompleteReason) {
    }

    private final Assessments assessments;
    private final ScoreSheets scoreSheets;
    private final WorkflowSteps workflowSteps;
    private final AssessmentResults results;
    private final Actors actors;

    AssessmentResource(Assessments assessments, ScoreSheets scoreSheets, WorkflowSteps workflowSteps, AssessmentResults results,
            Actors actors) {
        this.assessments = assessments;
        this.scoreSheets = scoreSheets;
        this.workflowSteps = workflowSteps;
        this.results = results;
        this.actors = actors;
    }

    @GET
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, ScoreWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getAssessment", summary = "Bản đánh giá — the assessment with every stage's entries, or its "
            + "score sheet (XLSX)", description = "One unit's assessment (bản đánh giá) in a period (kỳ đánh giá); the unit is "
            + "named by code or key. Before publication only admins, appraisers and the unit itself may read it. With Accept: "
            + ScoreWorkbook.MEDIA_TYPE + ", the score sheet (XLSX): every criterion with the self-assessment (tự chấm), "
            + "appraised (thẩm định) and final points, the points counted and their stage; a unit fills it in and uploads it "
            + "as its self-assessment. The ETag is the assessment's version.")
    @APIResponse(responseCode = "200", description = "The assessment, or its score sheet.", headers = {
            @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "For the score sheet: attachment; "
                    + "filename=\"{period}-{unit code}.xlsx\".", schema = @Schema(type = SchemaType.STRING)) }, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
                    @Content(mediaType = ScoreWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response get(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit, @Context HttpHeaders headers) {
        Assessment assessment = assessments.readable(period, unit, actors.optional());
        MediaType xlsx = MediaType.valueOf(ScoreWorkbook.MEDIA_TYPE);
        boolean workbook = Negotiation.prefers(headers, xlsx);
        if (!workbook) {
            return view(assessment);
        }
        byte[] sheet = ScoreWorkbook.write(results.scheme(assessment.period),
                CriterionEntry.list("assessmentId", assessment.id), AdjustmentAward.list("assessmentId", assessment.id),
                results.current(assessment));
        return Response.ok(sheet, xlsx).tag(new EntityTag(Long.toString(assessment.version)))
                .header("Content-Disposition", "attachment; filename=\"" + period + "-" + assessment.unit.code + ".xlsx\"").build();
    }

    @PUT
    @Path("/scores/{stage}")
    @Consumes(ScoreWorkbook.MEDIA_TYPE)
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "writeAssessmentScores", summary = "Chấm điểm — write a stage's points for many criteria at "
            + "once, or upload the self-assessment sheet (XLSX)", description = SCORES)
    @APIResponse(responseCode = "200", description = "The assessment as written, with its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response uploadSelfAssessment(
            @Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = STAGE, example = "self") @PathParam("stage") String stage,
            @Parameter(description = IF_MATCH, required = true, example = "\"7\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = SCORES_BODY, required = true, content = @Content(mediaType = ScoreWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream workbook) {
        if (Stage.named(stage) != Stage.SELF) {
            throw Refusal.invalid("stage", "a workbook carries the self-assessment; other stages are written as JSON");
        }
        return view(scoreSheets.write(period, unit, Stage.SELF, Versions.expected(ifMatch),
                ScoreWorkbook.readSelfAssessment(workbook), actors.current()));
    }

    @PUT
    @Path("/scores/{stage}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.UNIT, Roles.APPRAISER, Roles.ADMIN })
    // the same operation as writeAssessmentScores with another body type: SmallRye merges the two, named once
    @Operation(summary = "Chấm điểm — write a stage's points for many criteria at "
            + "once, or upload the self-assessment sheet (XLSX)", description = SCORES)
    @APIResponse(responseCode = "200", description = "The assessment as written, with its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response write(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = STAGE, example = "self") @PathParam("stage") String stage,
            @Parameter(description = IF_MATCH, required = true, example = "\"7\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = SCORES_BODY, required = true) @NotNull @Valid ScoreSheet sheet) {
        return view(scoreSheets.write(period, unit, Stage.named(stage), Versions.expected(ifMatch), sheet, actors.current()));
    }

    @PUT
    @Path("/explanations")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "writeExplanations", summary = "Giải trình — the unit's explanations per criterion",
            description = "The unit's explanations (giải trình) per criterion, kept on its self stage and audited: while an "
                    + "explanation is requested (EXPLANATION_REQUESTED) and before the explanation deadline. Criteria not "
                    + "named keep theirs. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The assessment with the explanations, and its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response explain(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = IF_MATCH, required = true, example = "\"7\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Explanations keyed by leaf criterion code, each at most 4000 characters.",
                    required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                            type = SchemaType.OBJECT, additionalProperties = String.class,
                            example = "{\"1.3\": \"Đã bổ sung quyết định ban hành kế hoạch kiểm tra CCHC\"}")))
            @NotNull Map<String, String> explanations) {
        return view(scoreSheets.explain(period, unit, Versions.expected(ifMatch), explanations, actors.current()));
    }

    @POST
    @Path("/actions/{action}")
    @RolesAllowed({ Roles.UNIT, Roles.APPRAISER, Roles.ADMIN })
    @Operation(operationId = "takeWorkflowStep", summary = "Bước quy trình — take a workflow step", description = "submit "
            + "and explain (the unit); appraise (thẩm định), request-explanation and finalize (an appraiser). A result with "
            + "empty criteria is finalized only by an admin giving incompleteReason (kept and audited); a 409 names the empty "
            + "criteria. publish is for one unit after its period was published (POST /api/v1/periods/{code}/actions/publish "
            + "publishes a period). The body is optional. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The assessment in its new status, with its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response act(@Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit,
            @Parameter(description = "submit, appraise, request-explanation, explain, finalize or publish.", example = "submit")
            @PathParam("action") String action,
            @Parameter(description = IF_MATCH, required = true, example = "\"7\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Optional: an admin's reason to accept empty criteria.", required = false)
            @Valid ActionRequest request) {
        return view(workflowSteps.act(period, unit, Action.named(action), Versions.expected(ifMatch),
                request == null ? null : request.incompleteReason(), actors.current()));
    }

    /** The same step sent without a body, as most are. */
    @POST
    @Path("/actions/{action}")
    @RolesAllowed({ Roles.UNIT, Roles.APPRAISER, Roles.ADMIN })
    @Operation(hidden = true)
    public Response actWithoutBody(@PathParam("period") String period, @PathParam("unit") String unit,
            @PathParam("action") String action, @HeaderParam("If-Match") String ifMatch) {
        return act(period, unit, action, ifMatch, null);
    }

    @GET
    @Path("/result")
    @PermitAll
    @Operation(operationId = "getAssessmentResult", summary = "Kết quả đánh giá — the computed result", description = "Points "
            + "per area (lĩnh vực) and criterion (tiêu chí), bonus, penalty, total, index % (unrounded), group (nhóm), and the "
            + "stage each criterion's points come from: the same document as the event parindex.assessment-result.changed.v1. "
            + "Public once published; before, admins, appraisers and the unit itself.")
    @APIResponse(responseCode = "200", description = "The result as it stands.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResultChanged.class)))
    public AssessmentResultChanged result(
            @Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit) {
        return results.current(assessments.readable(period, unit, actors.optional()));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({ Roles.ADMIN, Roles.APPRAISER, Roles.UNIT })
    @Operation(operationId = "getAssessmentAudit", summary = "Nhật ký thay đổi — every change: who, when, which value, old "
            + "and new", description = "The assessment's audit trail, oldest first: every status change, input, note, "
            + "explanation, bonus or penalty award and evidence, with who made it and when.")
    @APIResponse(responseCode = "200", description = "The audit trail.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditView.class)))
    public List<AuditView> audit(
            @Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit) {
        Assessment assessment = assessments.readable(period, unit, actors.optional());
        return assessments.audit(assessment).stream()
                .map(e -> new AuditView(e.at, e.actor, e.field, e.oldValue, e.newValue)).toList();
    }

    @GET
    @Path("/appraisal-rounds")
    @RolesAllowed({ Roles.ADMIN, Roles.APPRAISER, Roles.UNIT })
    @Operation(operationId = "getAppraisalRounds", summary = "Các vòng thẩm định — the appraisal rounds side by side",
            description = "Round 1 appraises (thẩm định) the submitted self-assessment; each explanation (giải trình) opens "
                    + "the next round. Per round and criterion: the appraiser's points and note as the round left them, and "
                    + "the unit's explanation that answered it. Read from the audit trail.")
    @APIResponse(responseCode = "200", description = "The rounds, from round 1.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AppraisalRounds.Round.class)))
    public List<AppraisalRounds.Round> rounds(
            @Parameter(description = PERIOD, example = "PAR-2020-PROVINCE") @PathParam("period") String period,
            @Parameter(description = UNIT, example = "24") @PathParam("unit") String unit) {
        Assessment assessment = assessments.readable(period, unit, actors.optional());
        return AppraisalRounds.of(assessments.audit(assessment).stream()
                .map(e -> new AppraisalRounds.Change(e.at, e.actor, e.field, e.newValue)).toList());
    }

    private Response view(Assessment a) {
        Map<Stage, Map<String, EntryView>> criteria = new LinkedHashMap<>();
        CriterionEntry.<CriterionEntry>list("assessmentId = ?1 order by stage, criterionCode", a.id).forEach(e ->
                criteria.computeIfAbsent(e.stage, s -> new LinkedHashMap<>()).put(e.criterionCode, EntryView.of(e)));
        Map<Stage, Map<String, BigDecimal>> adjustments = new LinkedHashMap<>();
        AdjustmentAward.<AdjustmentAward>list("assessmentId = ?1 order by stage, lineCode", a.id).forEach(award ->
                adjustments.computeIfAbsent(award.stage, s -> new LinkedHashMap<>()).put(award.lineCode, award.points));
        AssessmentView view = new AssessmentView(a.period.code, a.unit.key, a.unit.code, a.unit.name, a.status, a.version,
                a.publishedAt, criteria, adjustments);
        return Response.ok(view).tag(new EntityTag(Long.toString(a.version))).build();
    }
}

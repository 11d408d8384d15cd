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
@Tag(name = "Assessments")
public class AssessmentResource {

    public record EntryView(BigDecimal points, Boolean achieved, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
            boolean notApplicable, String note, String explanation, Instant updatedAt, String updatedBy) {

        static EntryView of(CriterionEntry e) {
            return new EntryView(e.points, e.achieved, e.numerator, e.denominator, e.value, e.notApplicable, e.note,
                    e.explanation, e.updatedAt, e.updatedBy);
        }
    }

    public record AssessmentView(String periodCode, String unitKey, String unitCode, String unitName, AssessmentStatus status,
            long version, Instant publishedAt, Map<Stage, Map<String, EntryView>> criteria, Map<Stage, Map<String, BigDecimal>> adjustments) {
    }

    public record AuditView(Instant at, String actor, String field, String oldValue, String newValue) {
    }

    /** An optional body of a workflow step: an admin's reason to finalize or publish a result with empty criteria. */
    public record ActionRequest(@Size(max = 1000) String incompleteReason) {
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
    @Operation(summary = "The assessment with every stage's entries", description = "The unit is named by code or key. "
            + "Before publication only admins, appraisers and the unit itself may read it. With Accept: "
            + ScoreWorkbook.MEDIA_TYPE + ", the score sheet (XLSX): every criterion with the self-assessment, appraised and "
            + "final points, the points counted and their stage; a unit fills it in and uploads it as its self-assessment.")
    public Response get(@PathParam("period") String period, @PathParam("unit") String unit, @Context HttpHeaders headers) {
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
    @Operation(summary = "Upload the self-assessment sheet (XLSX)", description = "The score sheet as downloaded, with the "
            + "unit's columns (E to K) and bonus lines filled in; only the self stage. Requires If-Match.")
    public Response uploadSelfAssessment(@PathParam("period") String period, @PathParam("unit") String unit,
            @PathParam("stage") String stage, @HeaderParam("If-Match") String ifMatch, InputStream workbook) {
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
    @Operation(summary = "Write a stage's points for many criteria at once", description = "stage is self (the unit, while "
            + "DRAFT and before the self-assessment deadline), appraised (an appraiser, while SUBMITTED or EXPLAINED), final "
            + "(an appraiser, from APPRAISED on, corrections after publication included) or survey (an admin entering survey "
            + "results measured outside the platform, for SURVEY criteria only). Requires If-Match with the version read.")
    public Response write(@PathParam("period") String period, @PathParam("unit") String unit, @PathParam("stage") String stage,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ScoreSheet sheet) {
        return view(scoreSheets.write(period, unit, Stage.named(stage), Versions.expected(ifMatch), sheet, actors.current()));
    }

    @PUT
    @Path("/explanations")
    @RolesAllowed(Roles.UNIT)
    @Operation(summary = "The unit's explanations per criterion (giải trình)", description = "While an explanation is "
            + "requested and before the explanation deadline. Requires If-Match.")
    public Response explain(@PathParam("period") String period, @PathParam("unit") String unit, @HeaderParam("If-Match") String ifMatch,
            @NotNull Map<String, String> explanations) {
        return view(scoreSheets.explain(period, unit, Versions.expected(ifMatch), explanations, actors.current()));
    }

    @POST
    @Path("/actions/{action}")
    @RolesAllowed({ Roles.UNIT, Roles.APPRAISER, Roles.ADMIN })
    @Operation(summary = "Take a workflow step", description = "submit and explain (the unit); appraise, request-explanation "
            + "and finalize (an appraiser). A result with empty criteria is finalized only by an admin giving "
            + "incompleteReason (kept and audited); a 409 names the empty criteria. publish is for one unit after its period "
            + "was published (POST /api/v1/periods/{code}/actions/publish publishes a period). Requires If-Match.")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response act(@PathParam("period") String period, @PathParam("unit") String unit, @PathParam("action") String action,
            @HeaderParam("If-Match") String ifMatch, @Valid ActionRequest request) {
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
    @Operation(summary = "The computed result", description = "Points per area and criterion, bonus, penalty, total, index % "
            + "(unrounded), group, and the stage each criterion's points come from. Public once published.")
    public AssessmentResultChanged result(@PathParam("period") String period, @PathParam("unit") String unit) {
        return results.current(assessments.readable(period, unit, actors.optional()));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({ Roles.ADMIN, Roles.APPRAISER, Roles.UNIT })
    @Operation(summary = "Every change: who, when, which value, old and new")
    public List<AuditView> audit(@PathParam("period") String period, @PathParam("unit") String unit) {
        Assessment assessment = assessments.readable(period, unit, actors.optional());
        return assessments.audit(assessment).stream()
                .map(e -> new AuditView(e.at, e.actor, e.field, e.oldValue, e.newValue)).toList();
    }

    @GET
    @Path("/appraisal-rounds")
    @RolesAllowed({ Roles.ADMIN, Roles.APPRAISER, Roles.UNIT })
    @Operation(summary = "The appraisal rounds side by side", description = "Round 1 appraises the submitted self-assessment; "
            + "each explanation opens the next round. Per round and criterion: the appraiser's points and note as the round "
            + "left them, and the unit's explanation that answered it. Read from the audit trail.")
    public List<AppraisalRounds.Round> rounds(@PathParam("period") String period, @PathParam("unit") String unit) {
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

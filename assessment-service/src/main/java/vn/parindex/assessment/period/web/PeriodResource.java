package vn.parindex.assessment.period.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
import vn.parindex.assessment.assessment.Actor;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.assessment.Publication;
import vn.parindex.assessment.assessment.messaging.AssessmentResultChanged;
import vn.parindex.assessment.web.Problem;
import vn.parindex.assessment.workflow.Action;
import vn.parindex.assessment.period.AssessmentPeriod;
import vn.parindex.assessment.period.PeriodActions;
import vn.parindex.assessment.period.PeriodScoreWorkbook;
import vn.parindex.assessment.period.Periods;
import vn.parindex.assessment.unit.UnitLevel;
import vn.parindex.assessment.web.Actors;
import vn.parindex.assessment.web.Versions;
import vn.parindex.assessment.web.ProblemMapper;
import vn.parindex.assessment.web.Roles;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;

@Path("/api/v1/periods")
@Tag(name = "Assessment periods", description = "Kỳ đánh giá: a period pins a methodology version and holds one "
        + "assessment per unit; bulk workflow steps, the appraisal workbook (XLSX) and publication.")
public class PeriodResource {

    private static final String CODE = "The period's code.";
    private static final String IF_MATCH = "The period's version as last read (its ETag or version), e.g. \"3\".";
    private static final String VERSION_TAG = "The period's version, quoted, e.g. \"3\": send it as If-Match on the next write.";
    private static final String DEADLINE = "ISO 8601 with an offset (Asia/Ho_Chi_Minh is +07:00).";
    private static final String WAVE = "The survey wave (đợt khảo sát) whose results survey-service computes for the SURVEY "
            + "criteria; absent for any wave of the year.";

    @Schema(name = "PeriodRequest", description = "A period (kỳ đánh giá) to open.")
    public record PeriodRequest(
            @Schema(description = "The period's code: upper-case letters, digits, '.', '_' or '-', at most 64.",
                    example = "PAR-2020-PROVINCE")
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}", message = "upper-case letters, digits, '.', '_' or '-'") String code,
            @Schema(description = "The period's name (at most 300 characters).",
                    example = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố") @NotBlank @Size(max = 300) String name,
            @Schema(description = "The code of the methodology (bộ chỉ số) to score with.", example = "PAR-PROVINCE-2020")
            @NotBlank String methodologyCode,
            @Schema(description = "The methodology version to pin; absent for the latest.", example = "1")
            Integer methodologyVersion,
            @Schema(description = "The year assessed, within the methodology's years.", example = "2020")
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(description = "The level of the units assessed: the methodology's.") @NotNull UnitLevel unitLevel,
            @Schema(description = "Only the units under this unit (its key, code@validFrom); absent for all units of the "
                    + "level.", example = "68@2008-08-01") String parentKey,
            @Schema(description = "Until when units may self-assess (tự chấm). " + DEADLINE,
            example = "2021-03-31T17:00:00+07:00")
            @NotNull OffsetDateTime selfAssessmentDeadline,
            @Schema(description = "Until when units may explain (giải trình), after the self-assessment deadline. " + DEADLINE,
                    example = "2021-04-30T17:00:00+07:00") @NotNull OffsetDateTime explanationDeadline,
            @Schema(description = WAVE, example = "SIPAS-2020") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}") String surveyWave) {
    }

    /** What an admin may change in an open period (If-Match: the period's version). */
    @Schema(name = "PeriodChangeRequest", description = "What an admin may change in a period: its name, deadlines and survey "
            + "wave (send the period's version as If-Match).")
    public record PeriodChangeRequest(
            @Schema(description = "The period's name (at most 300 characters).",
                    example = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố") @NotBlank @Size(max = 300) String name,
            @Schema(description = "Until when units may self-assess. " + DEADLINE, example = "2021-04-15T17:00:00+07:00")
            @NotNull OffsetDateTime selfAssessmentDeadline,
            @Schema(description = "Until when units may explain, after the self-assessment deadline. " + DEADLINE,
                    example = "2021-05-15T17:00:00+07:00") @NotNull OffsetDateTime explanationDeadline,
            @Schema(description = WAVE, example = "SIPAS-2020") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}") String surveyWave) {
    }

    /** One workflow step for many units: each unit with the version of its assessment the caller read. */
    @Schema(name = "UnitActionRequest", description = "One workflow step for many units: each unit with the version of its "
            + "assessment the caller read.")
    public record UnitActionRequest(@Schema(description = "The units (1 to 5000, each once), each with its assessment's version.")
            @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid UnitVersion> units,
            @Schema(description = "An admin's reason to finalize results with empty criteria (kept and audited; at most 1000 "
                    + "characters).") @Size(max = 1000) String incompleteReason) {
    }

    @Schema(name = "UnitVersion", description = "A unit and the version of its assessment the caller read.")
    public record UnitVersion(@Schema(description = "The unit, by code or key.",
            example = "24") @NotBlank @Size(max = 48) String unit,
            @Schema(description = "The assessment's version as read (its ETag).", example = "7") @NotNull @Min(1) Long version) {
    }

    /** What became of each unit, with the units counted by result. */
    @Schema(name = "UnitsReport", description = "What became of each unit of a bulk step or workbook upload, with the units "
            + "counted by result.")
    public record UnitsReport(@Schema(description = CODE, example = "PAR-2020-PROVINCE") String period,
            @Schema(description = "What was done: the action, or the stage written.", example = "finalize") String what,
            @Schema(description = "Units done.", example = "62") long done,
            @Schema(description = "Units left unchanged (they held what was sent).", example = "0") long unchanged,
            @Schema(description = "Units refused.", example = "1") long refused,
            @Schema(description = "Each unit's outcome, in the order sent.") List<Outcome> units) {

        static UnitsReport of(String period, String what, List<PeriodActions.Outcome> outcomes) {
            return new UnitsReport(period, what, count(outcomes, PeriodActions.Result.DONE), count(outcomes, PeriodActions.Result.UNCHANGED),
                    count(outcomes, PeriodActions.Result.REFUSED), outcomes.stream().map(Outcome::of).toList());
        }

        private static long count(List<PeriodActions.Outcome> outcomes, PeriodActions.Result result) {
            return outcomes.stream().filter(outcome -> outcome.result() == result).count();
        }
    }

    /**
     * One unit's line of a report: its new status and version, or the problem (problemStatus is the HTTP status the single
     * call would have answered: 400, 403, 404, 409, 503, or 500 for a failure of the service).
     */
    @Schema(name = "UnitOutcome", description = "One unit's line of a report: its new status and version, or the problem "
            + "the single call would have answered.")
    public record Outcome(@Schema(description = "The unit as sent.", example = "24") String unit,
            @Schema(description = "What became of it.") PeriodActions.Result result,
            @Schema(description = "The assessment's status after.") AssessmentStatus status,
            @Schema(description = "The assessment's version after: the If-Match of its next write.", example = "8") Long version,
            @Schema(description = "For a refused unit, the HTTP status the single call would have answered: 400, 403, 404, "
                    + "409, 503, or 500 for a failure of the service.", example = "409") Integer problemStatus,
            @Schema(description = "For a refused unit, what went wrong.") String detail,
            @Schema(type = SchemaType.ARRAY, implementation = Problem.FieldError.class, description = "For a refused unit, the "
                    + "fields at fault.") List<Refusal.FieldError> errors,
            @Schema(description = "For a stale version, the version the assessment holds now.",
            example = "9") Long currentVersion) {

        static Outcome of(PeriodActions.Outcome outcome) {
            return new Outcome(outcome.unit(), outcome.result(), outcome.status(), outcome.version(), statusOf(outcome),
                    outcome.detail(), outcome.errors(), outcome.currentVersion());
        }

        /** The status the single call would have answered; none for a unit done or unchanged. */
        private static Integer statusOf(PeriodActions.Outcome outcome) {
            if (outcome.failed()) {
                return 500;
            }
            return outcome.problem() == null ? null : ProblemMapper.status(outcome.problem());
        }
    }

    /** The optional body of a period's publication: an admin's reason to publish results with empty criteria. */
    @Schema(name = "PublicationRequest", description = "The optional body of a period's publication.")
    public record PublicationRequest(@Schema(description = "An admin's reason to publish results with empty criteria (kept and "
            + "audited; at most 1000 characters).") @Size(max = 1000) String incompleteReason) {
    }

    @Schema(name = "Period", description = "An assessment period (kỳ đánh giá): the methodology version it pinned, its units' "
            + "level, deadlines and survey wave, and how many of its assessments are published. version is the value to send "
            + "back as If-Match (also the ETag).")
    public record PeriodView(@Schema(description = CODE, example = "PAR-2020-PROVINCE") String code,
            @Schema(description = "The period's name.", example = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố")
            String name,
            @Schema(description = "The methodology it scores with.", example = "PAR-PROVINCE-2020") String methodologyCode,
            @Schema(description = "The methodology version it pinned.", example = "1") int methodologyVersion,
            @Schema(description = "The year assessed.", example = "2020") int year,
            @Schema(description = "The level of its units.") UnitLevel unitLevel,
            @Schema(description = "The unit its units are under; null for all units of the level.") String parentKey,
            @Schema(description = "The self-assessment deadline.") Instant selfAssessmentDeadline,
            @Schema(description = "The explanation deadline.") Instant explanationDeadline,
            @Schema(description = "The survey wave for SURVEY criteria; null for any wave of the year.", example = "SIPAS-2020")
            String surveyWave,
            @Schema(description = "How many assessments the period holds (one per unit).", example = "63") long assessments,
            @Schema(description = "How many of them are published.", example = "63") long publishedAssessments,
            @Schema(description = "The period's version: send it as If-Match on the next write.", example = "3") long version,
            @Schema(description = "When the period was published; null before.") Instant publishedAt) {

        static PeriodView of(AssessmentPeriod p) {
            return new PeriodView(p.code, p.name, p.methodology.code, p.methodology.version, p.year, p.unitLevel, p.parentKey,
                    p.selfAssessmentDeadline, p.explanationDeadline, p.surveyWave, Assessment.count("period.code", p.code),
                    Assessment.count("period.code = ?1 and status = ?2", p.code, AssessmentStatus.PUBLISHED), p.version, p.publishedAt);
        }

        Response response() {
            return Response.ok(this).tag(new EntityTag(Long.toString(version))).build();
        }
    }

    /** One unit's line in a period: its status, and its points once published (or for staff). */
    @Schema(name = "AssessmentLine", description = "One unit's line in a period: its status, and its points once published "
            + "(to admins and appraisers, always); the points are null where they are not shown.")
    public record AssessmentLine(@Schema(description = "The unit's key.", example = "24@2008-08-01") String unitKey,
            @Schema(description = "The unit's code.", example = "24") String unitCode,
            @Schema(description = "The unit's name.", example = "Tỉnh Bắc Giang") String unitName,
            @Schema(description = "Where the assessment stands.") AssessmentStatus status,
            @Schema(description = "The assessment's version (the If-Match of its next write).", example = "7") long version,
            @Schema(description = "The total points.", example = "85.5900") BigDecimal total,
            @Schema(description = "The maximum that applies to the unit (criteria marked not applicable left out): the "
                    + "result's applicableMaxPoints.", example = "100.0000") BigDecimal maxPoints,
            @Schema(description = "total ÷ maxPoints × 100, unrounded.", example = "85.59") BigDecimal indexPercent,
            @Schema(description = "The group's code.", example = "B") String band) {
    }

    private final Periods periods;
    private final Publication publication;
    private final PeriodActions periodActions;
    private final AssessmentResults results;
    private final Actors actors;

    PeriodResource(Periods periods, Publication publication, PeriodActions periodActions, AssessmentResults results, Actors actors) {
        this.periods = periods;
        this.publication = publication;
        this.periodActions = periodActions;
        this.results = results;
        this.actors = actors;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openPeriod", summary = "Mở kỳ đánh giá — open an assessment period", description = "Pins a "
            + "methodology version (the latest if none is given) and creates one DRAFT assessment per unit of the level valid "
            + "on 31 December of the year (under parentKey if given). Deadlines are ISO 8601 with an offset (Asia/Ho_Chi_Minh "
            + "is +07:00). SURVEY criteria take their points from the results of surveyWave as survey-service computes them "
            + "(any wave of the year when none is named). Opening the same period again is a no-op (201 with the period as it "
            + "is); other settings under an existing code are a 409.")
    @APIResponse(responseCode = "201", description = "The period, open.", headers = {
            @Header(name = "Location", description = "The period's address, /api/v1/periods/{code}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    public Response open(@RequestBody(description = "The period to open.", required = true)
            @NotNull @Valid PeriodRequest request) {
        AssessmentPeriod period = periods.open(new Periods.PeriodDefinition(request.code(), request.name(),
                request.methodologyCode(), request.methodologyVersion(), request.year(), request.unitLevel(), request.parentKey(),
                request.selfAssessmentDeadline().toInstant(), request.explanationDeadline().toInstant(), request.surveyWave()),
                actors.current());
        return Response.created(URI.create("/api/v1/periods/" + period.code)).entity(PeriodView.of(period))
                .tag(new EntityTag(Long.toString(period.version))).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getPeriod", summary = "Kỳ đánh giá — a period", description = "An assessment period (kỳ đánh "
            + "giá), with its version (ETag) and, once published, when.")
    @APIResponse(responseCode = "200", description = "The period.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    public Response get(@Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code) {
        return PeriodView.of(find(code)).response();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changePeriod", summary = "Sửa kỳ đánh giá — change a period", description = "Its name, "
            + "deadlines (e.g. an extension) and survey wave; the methodology, year and units stay. Requires If-Match with the "
            + "period's version; a stale one is a 409 carrying the current version.")
    @APIResponse(responseCode = "200", description = "The period as changed, with its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    public Response change(@Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code,
            @Parameter(description = IF_MATCH, required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The period's new name, deadlines and survey wave.", required = true)
            @NotNull @Valid PeriodChangeRequest request) {
        return PeriodView.of(periods.change(code, Versions.expected(ifMatch), new Periods.PeriodChange(request.name(),
                request.selfAssessmentDeadline().toInstant(), request.explanationDeadline().toInstant(), request.surveyWave()),
                actors.current())).response();
    }

    @POST
    @Path("/{code}/actions/publish")
    @RolesAllowed({ Roles.APPRAISER, Roles.ADMIN })
    @Operation(operationId = "publishPeriod", summary = "Công bố kỳ đánh giá — publish the period", description = "Every "
            + "FINAL assessment of the period becomes PUBLISHED in one "
            + "transaction, with its result recomputed against the period's final best values, and the period's official league "
            + "tables appear at once (publishedAssessments of assessments); one not final yet is published on its own later. "
            + "Results with empty criteria are refused (409 naming "
            + "units.{code}.criteria.{criterion}) unless an admin gives incompleteReason, kept and audited. Requires If-Match "
            + "with the period's version; the body is optional. Corrections afterwards are per unit (final points).")
    @APIResponse(responseCode = "200", description = "The period, published, with its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code,
            @Parameter(description = IF_MATCH, required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Optional: an admin's reason to publish results with empty criteria.", required = false)
            @Valid PublicationRequest request) {
        return PeriodView.of(publication.publish(code, Versions.expected(ifMatch),
                request == null ? null : request.incompleteReason(), actors.current())).response();
    }

    /** The same publication sent without a body. */
    @POST
    @Path("/{code}/actions/publish")
    @RolesAllowed({ Roles.APPRAISER, Roles.ADMIN })
    @Operation(hidden = true)
    public Response publishWithoutBody(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        return publish(code, ifMatch, null);
    }

    @POST
    @Path("/{code}/actions/{action}")
    @RolesAllowed({ Roles.UNIT, Roles.APPRAISER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeWorkflowStepForUnits", summary = "Thao tác hàng loạt — take a workflow step for many "
            + "units at once", description = "action is submit, appraise, "
            + "request-explanation, explain or finalize; each unit comes with the version of its assessment read (ETag). "
            + "Each unit is done or refused on its own, in its own transaction, exactly as the single call "
            + "(POST /assessments/{unit}/actions/{action}) would be: the report gives each unit's new status and version, or "
            + "the problem (status, detail, errors, currentVersion). 200 with the report either way; 400 only when the "
            + "request itself is malformed (a unit twice, no units).")
    @APIResponse(responseCode = "200", description = "What became of each unit.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitsReport.class)))
    public UnitsReport actOnUnits(@Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code,
            @Parameter(description = "submit, appraise, request-explanation, explain or finalize.", example = "finalize")
            @PathParam("action") String action,
            @RequestBody(description = "The units with their versions.", required = true)
            @NotNull @Valid UnitActionRequest request) {
        find(code);
        return UnitsReport.of(code, action, periodActions.apply(code, Action.named(action),
                request.units().stream().map(u -> new PeriodActions.UnitVersion(u.unit(), u.version())).toList(),
                request.incompleteReason(), actors.current()));
    }

    @GET
    @Path("/{code}/scores/{stage}")
    @RolesAllowed({ Roles.APPRAISER, Roles.ADMIN })
    @Produces(PeriodScoreWorkbook.MEDIA_TYPE)
    @Operation(operationId = "getPeriodScoreWorkbook", summary = "Bảng thẩm định của kỳ — the appraisal workbook of the "
            + "whole period (XLSX)", description = "stage is appraised or final. One "
            + "row per unit and self-assessed criterion: the unit, the version of its assessment, its status, the criterion, "
            + "the unit's self-assessment, and the stage's columns (points, achieved, numerator, denominator, value, not "
            + "applicable, note) as stored; bonus and penalty lines on a second sheet. Fill it in and PUT it back.")
    @APIResponse(responseCode = "200", description = "The workbook.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"{code}-{stage}.xlsx\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = PeriodScoreWorkbook.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response scoreWorkbook(@Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code,
            @Parameter(description = "appraised or final.", example = "appraised") @PathParam("stage") String stage) {
        byte[] workbook = periodActions.workbook(find(code), Stage.named(stage));
        return Response.ok(workbook, PeriodScoreWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + code + "-" + stage + ".xlsx\"").build();
    }

    @PUT
    @Path("/{code}/scores/{stage}")
    @RolesAllowed(Roles.APPRAISER)
    @Consumes(PeriodScoreWorkbook.MEDIA_TYPE)
    @Operation(operationId = "uploadPeriodScoreWorkbook", summary = "Tải lên bảng thẩm định — upload the appraisal of many "
            + "units (XLSX)", description = "The workbook GET gives, filled in. Each unit "
            + "whose stage cells differ from what is stored is written in its own transaction with the version its rows carry, "
            + "exactly as PUT /assessments/{unit}/scores/{stage} would; units whose cells hold what is stored are UNCHANGED. "
            + "200 with a report per unit; 400 naming the sheet and cell when the workbook cannot be read.")
    @APIResponse(responseCode = "200", description = "What became of each unit.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitsReport.class)))
    public UnitsReport uploadScoreWorkbook(
            @Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code,
            @Parameter(description = "appraised or final.", example = "appraised") @PathParam("stage") String stage,
            @RequestBody(description = "The period's appraisal workbook, filled in.", required = true, content = @Content(
                    mediaType = PeriodScoreWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
            InputStream workbook) {
        find(code);
        Stage written = Stage.named(stage);
        if (written != Stage.APPRAISED && written != Stage.FINAL) {
            throw Refusal.invalid("stage", "a period workbook carries appraised or final points");
        }
        return UnitsReport.of(code, stage, periodActions.write(code, written, PeriodScoreWorkbook.read(workbook, code, written), actors.current()));
    }

    private static AssessmentPeriod find(String code) {
        AssessmentPeriod period = AssessmentPeriod.findById(code);
        if (period == null) {
            throw Refusal.notFound("no period " + code);
        }
        return period;
    }

    @GET
    @Path("/{code}/assessments")
    @PermitAll
    @Operation(operationId = "listPeriodAssessments", summary = "Các bản đánh giá của kỳ — the assessments of a period",
            description = "One line per unit, by unit code: status, version and, where shown, points. Points are shown for "
                    + "published assessments, and for all of them to admins and appraisers.")
    @APIResponse(responseCode = "200", description = "The period's assessments.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentLine.class)))
    public List<AssessmentLine> assessments(
            @Parameter(description = CODE, example = "PAR-2020-PROVINCE") @PathParam("code") String code) {
        find(code);
        Optional<Actor> actor = actors.optional();
        boolean staff = actor.map(a -> a.roles().contains(Roles.ADMIN) || a.roles().contains(Roles.APPRAISER)).orElse(false);
        return Assessment.<Assessment>list("period.code = ?1 order by unit.code", code).stream().map(a -> {
            boolean visible = staff || a.status == AssessmentStatus.PUBLISHED;
            AssessmentResultChanged result = visible ? results.current(a) : null;
            return new AssessmentLine(a.unit.key, a.unit.code, a.unit.name, a.status, a.version,
                    result == null ? null : result.total(), result == null ? null : result.applicableMaxPoints(),
                    result == null ? null : result.indexPercent(), result == null ? null : result.band());
        }).toList();
    }
}

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.assessment.Actor;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.assessment.Publication;
import vn.parindex.assessment.assessment.messaging.AssessmentResultChanged;
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
@Tag(name = "Assessment periods")
public class PeriodResource {

    public record PeriodRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}", message = "upper-case letters, digits, '.', '_' or '-'") String code,
            @NotBlank @Size(max = 300) String name,
            @NotBlank String methodologyCode,
            Integer methodologyVersion,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull UnitLevel unitLevel,
            String parentKey,
            @NotNull OffsetDateTime selfAssessmentDeadline,
            @NotNull OffsetDateTime explanationDeadline,
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}") String surveyWave) {
    }

    /** What an admin may change in an open period (If-Match: the period's version). */
    public record PeriodChangeRequest(
            @NotBlank @Size(max = 300) String name,
            @NotNull OffsetDateTime selfAssessmentDeadline,
            @NotNull OffsetDateTime explanationDeadline,
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}") String surveyWave) {
    }

    /** One workflow step for many units: each unit with the version of its assessment the caller read. */
    public record UnitActionRequest(@NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid UnitVersion> units,
            @Size(max = 1000) String incompleteReason) {
    }

    public record UnitVersion(@NotBlank @Size(max = 48) String unit, @NotNull @Min(1) Long version) {
    }

    /** What became of each unit, with the units counted by result. */
    public record UnitsReport(String period, String what, long done, long unchanged, long refused, List<Outcome> units) {

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
    public record Outcome(String unit, PeriodActions.Result result, AssessmentStatus status, Long version, Integer problemStatus,
            String detail, List<Refusal.FieldError> errors, Long currentVersion) {

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
    public record PublicationRequest(@Size(max = 1000) String incompleteReason) {
    }

    public record PeriodView(String code, String name, String methodologyCode, int methodologyVersion, int year,
            UnitLevel unitLevel, String parentKey, Instant selfAssessmentDeadline, Instant explanationDeadline, String surveyWave,
            long assessments, long publishedAssessments, long version, Instant publishedAt) {

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
    public record AssessmentLine(String unitKey, String unitCode, String unitName, AssessmentStatus status, long version,
            BigDecimal total, BigDecimal maxPoints, BigDecimal indexPercent, String band) {
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
    @Operation(summary = "Open a period", description = "Pins a methodology version (the latest if none is given) and creates "
            + "one DRAFT assessment per unit of the level valid on 31 December of the year (under parentKey if given). "
            + "Deadlines are ISO 8601 with an offset (Asia/Ho_Chi_Minh is +07:00). SURVEY criteria take their points from the "
            + "results of surveyWave as survey-service computes them (any wave of the year when none is named). Opening the same "
            + "period again is a no-op.")
    public Response open(@NotNull @Valid PeriodRequest request) {
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
    @Operation(summary = "A period", description = "With its version (ETag) and, once published, when.")
    public Response get(@PathParam("code") String code) {
        return PeriodView.of(find(code)).response();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a period", description = "Its name, deadlines (e.g. an extension) and survey wave; the "
            + "methodology, year and units stay. Requires If-Match with the period's version; a stale one is a 409 carrying "
            + "the current version.")
    public Response change(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PeriodChangeRequest request) {
        return PeriodView.of(periods.change(code, Versions.expected(ifMatch), new Periods.PeriodChange(request.name(),
                request.selfAssessmentDeadline().toInstant(), request.explanationDeadline().toInstant(), request.surveyWave()),
                actors.current())).response();
    }

    @POST
    @Path("/{code}/actions/publish")
    @RolesAllowed({ Roles.APPRAISER, Roles.ADMIN })
    @Operation(summary = "Publish the period", description = "Every FINAL assessment of the period becomes PUBLISHED in one "
            + "transaction, with its result recomputed against the period's final best values, and the period's official league "
            + "tables appear at once (publishedAssessments of assessments); one not final yet is published on its own later. "
            + "Results with empty criteria are refused (409 naming "
            + "units.{code}.criteria.{criterion}) unless an admin gives incompleteReason, kept and audited. Requires If-Match "
            + "with the period's version. Corrections afterwards are per unit (final points).")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
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
    @Operation(summary = "Take a workflow step for many units at once", description = "action is submit, appraise, "
            + "request-explanation, explain or finalize; each unit comes with the version of its assessment read (ETag). "
            + "Each unit is done or refused on its own, in its own transaction, exactly as the single call "
            + "(POST /assessments/{unit}/actions/{action}) would be: the report gives each unit's new status and version, or "
            + "the problem (status, detail, errors, currentVersion). 200 with the report either way; 400 only when the "
            + "request itself is malformed (a unit twice, no units).")
    public UnitsReport actOnUnits(@PathParam("code") String code, @PathParam("action") String action,
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
    @Operation(summary = "The appraisal workbook of the whole period (XLSX)", description = "stage is appraised or final. One "
            + "row per unit and self-assessed criterion: the unit, the version of its assessment, its status, the criterion, "
            + "the unit's self-assessment, and the stage's columns (points, achieved, numerator, denominator, value, not "
            + "applicable, note) as stored; bonus and penalty lines on a second sheet. Fill it in and PUT it back.")
    public Response scoreWorkbook(@PathParam("code") String code, @PathParam("stage") String stage) {
        byte[] workbook = periodActions.workbook(find(code), Stage.named(stage));
        return Response.ok(workbook, PeriodScoreWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + code + "-" + stage + ".xlsx\"").build();
    }

    @PUT
    @Path("/{code}/scores/{stage}")
    @RolesAllowed(Roles.APPRAISER)
    @Consumes(PeriodScoreWorkbook.MEDIA_TYPE)
    @Operation(summary = "Upload the appraisal of many units (XLSX)", description = "The workbook GET gives, filled in. Each unit "
            + "whose stage cells differ from what is stored is written in its own transaction with the version its rows carry, "
            + "exactly as PUT /assessments/{unit}/scores/{stage} would; units whose cells hold what is stored are UNCHANGED. "
            + "200 with a report per unit; 400 naming the sheet and cell when the workbook cannot be read.")
    public UnitsReport uploadScoreWorkbook(@PathParam("code") String code, @PathParam("stage") String stage, InputStream workbook) {
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
    @Operation(summary = "The assessments of a period", description = "Points are shown for published assessments, and for "
            + "all of them to admins and appraisers.")
    public List<AssessmentLine> assessments(@PathParam("code") String code) {
        find(code);
        Optional<Actor> actor = actors.optional();
        boolean staff = actor.map(a -> a.roles().contains(Roles.ADMIN) || a.roles().contains(Roles.APPRAISER)).orElse(false);
        return Assessment.<Assessment>list("period.code = ?1 order by unit.code", code).stream().map(a -> {
            boolean visible = staff || a.status == AssessmentStatus.PUBLISHED;
            AssessmentResultChanged result = visible ? results.current(a) : null;
            return new AssessmentLine(a.unit.key, a.unit.code, a.unit.name, a.status, a.version,
                    result == null ? null : result.total(), result == null ? null : result.maxPoints(),
                    result == null ? null : result.indexPercent(), result == null ? null : result.band());
        }).toList();
    }
}

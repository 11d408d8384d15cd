package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.parindex.assessment.scoring.Adjustment;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionInput;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ScoringException;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.workflow.Action;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;
import vn.parindex.assessment.workflow.Workflow;

import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.concurrency.VersionClaim;
/**
 * Assessment periods and the assessments in them: opening, changing and publishing a period, writing a stage's points,
 * explanations and the workflow's steps. Every write checks the caller's role and units, claims the optimistic version
 * in the same statement as its first write ({@link VersionClaim}), checks the status and the deadline, records an audit
 * entry per changed value, and refreshes the result. A write touches its own assessment only; what depends on other
 * units is the period step's ({@link PeriodScoring}).
 */
@ApplicationScoped
@RetryTransient
public class Assessments {

    private static final Logger LOG = Logger.getLogger(Assessments.class);
    /** The longest note or explanation (the columns and the audit trail hold 4,000 characters). */
    public static final int NOTE_LENGTH = 4000;

    /** Who is acting: the name for the audit trail, the roles, and for unit accounts the units they act for. */
    public record Actor(String name, Set<String> roles, Set<String> units) {

        boolean isStaff() {
            return roles.contains("admin") || roles.contains(Workflow.APPRAISER);
        }

        boolean actsFor(AdministrativeUnit unit) {
            return units.contains(unit.code) || units.contains(unit.key);
        }

        boolean isAdmin() {
            return roles.contains("admin");
        }
    }

    /** What an admin may change in a period once it is open; the methodology, year and units stay. */
    public record PeriodChange(String name, Instant selfAssessmentDeadline, Instant explanationDeadline, String surveyWave) {
    }

    public record PeriodDefinition(String code, String name, String methodologyCode, Integer methodologyVersion, int year,
            UnitLevel unitLevel, String parentKey, Instant selfAssessmentDeadline, Instant explanationDeadline, String surveyWave) {
    }

    /** One criterion's input for a stage, with the note that goes with it. */
    public record CriterionSheetEntry(BigDecimal points, Boolean achieved, BigDecimal numerator, BigDecimal denominator,
            BigDecimal value, boolean notApplicable, String note) {

        CriterionInput input() {
            return new CriterionInput(points, achieved, numerator, denominator, value, notApplicable);
        }
    }

    /** A stage's points for many criteria and bonus or penalty lines at once. */
    public record ScoreSheet(Map<String, CriterionSheetEntry> criteria, Map<String, BigDecimal> adjustments) {
    }

    private final AssessmentResults results;
    private final PeriodScoring periodScoring;
    private final MethodologyCatalog catalog;
    private final Clock clock;

    Assessments(AssessmentResults results, PeriodScoring periodScoring, MethodologyCatalog catalog) {
        this.results = results;
        this.periodScoring = periodScoring;
        this.catalog = catalog;
        this.clock = Clock.systemUTC();
    }

    /** Opens a period and one assessment (DRAFT) per unit of the level valid at the end of the year, under the parent if given. */
    @Transactional
    public AssessmentPeriod open(PeriodDefinition definition, Actor actor) {
        VersionClaim.lockCreation("period", definition.code());
        AssessmentPeriod existing = AssessmentPeriod.findById(definition.code());
        Methodology methodology = catalog.get(definition.methodologyCode(), definition.methodologyVersion());
        if (existing != null) {
            if (existing.methodology.id.equals(methodology.id) && existing.year == definition.year()
                    && existing.unitLevel == definition.unitLevel() && Objects.equals(existing.parentKey, definition.parentKey())
                    && Objects.equals(existing.surveyWave, definition.surveyWave())) {
                return existing;
            }
            throw Refusal.conflict("period " + definition.code() + " exists with other settings");
        }
        if (methodology.unitLevel != definition.unitLevel()) {
            throw Refusal.invalid("unitLevel", "methodology " + methodology.code + " scores " + methodology.unitLevel
                    + " units, not " + definition.unitLevel());
        }
        if (definition.year() < methodology.yearFrom || definition.year() > methodology.yearTo) {
            throw Refusal.invalid("year", "methodology " + methodology.code + " covers " + methodology.yearFrom + "–"
                    + methodology.yearTo + ", not " + definition.year());
        }
        if (!definition.explanationDeadline().isAfter(definition.selfAssessmentDeadline())) {
            throw Refusal.invalid("explanationDeadline", "the explanation deadline comes after the self-assessment deadline");
        }
        if (definition.parentKey() != null && AdministrativeUnit.findById(definition.parentKey()) == null) {
            throw Refusal.invalid("parentKey", "no unit " + definition.parentKey());
        }
        AssessmentPeriod period = new AssessmentPeriod();
        period.code = definition.code();
        period.name = definition.name();
        period.methodology = methodology;
        period.year = definition.year();
        period.unitLevel = definition.unitLevel();
        period.parentKey = definition.parentKey();
        period.selfAssessmentDeadline = definition.selfAssessmentDeadline();
        period.explanationDeadline = definition.explanationDeadline();
        period.surveyWave = definition.surveyWave();
        period.createdAt = Instant.now(clock);
        period.createdBy = actor.name();
        period.updatedAt = period.createdAt;
        period.version = 1;
        period.bestValues = "{}";
        period.persist();
        LocalDate endOfYear = LocalDate.of(definition.year(), 12, 31);
        List<AdministrativeUnit> units = AdministrativeUnit.list("level = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)"
                + (definition.parentKey() == null ? "" : " and parentKey = ?3") + " order by code",
                definition.parentKey() == null ? new Object[] { definition.unitLevel(), endOfYear }
                        : new Object[] { definition.unitLevel(), endOfYear, definition.parentKey() });
        if (units.isEmpty()) {
            throw Refusal.invalid("unitLevel", "no " + definition.unitLevel() + " units valid on " + endOfYear
                    + (definition.parentKey() == null ? "" : " under " + definition.parentKey()));
        }
        List<Assessment> assessments = new ArrayList<>();
        for (AdministrativeUnit unit : units) {
            Assessment assessment = new Assessment();
            assessment.period = period;
            assessment.unit = unit;
            assessment.status = AssessmentStatus.DRAFT;
            assessment.version = 1;
            assessment.updatedAt = period.createdAt;
            assessment.persist();
            assessments.add(assessment);
        }
        results.refresh(results.scheme(period), assessments, Map.of());
        LOG.infof("period %s opened with %d assessments on %s v%d", period.code, units.size(), methodology.code, methodology.version);
        return period;
    }

    /** Changes the period's name, deadlines or survey wave, if the caller holds its current version. */
    @Transactional
    public AssessmentPeriod change(String periodCode, long expectedVersion, PeriodChange change, Actor actor) {
        VersionClaim.claim("AssessmentPeriod", "code", periodCode, expectedVersion, "period " + periodCode);
        AssessmentPeriod period = AssessmentPeriod.findById(periodCode);
        if (!change.explanationDeadline().isAfter(change.selfAssessmentDeadline())) {
            throw Refusal.invalid("explanationDeadline", "the explanation deadline comes after the self-assessment deadline");
        }
        boolean resultsShowIt = !Objects.equals(period.name, change.name());
        period.name = change.name();
        period.selfAssessmentDeadline = change.selfAssessmentDeadline();
        period.explanationDeadline = change.explanationDeadline();
        period.surveyWave = change.surveyWave();
        period.updatedAt = Instant.now(clock);
        if (resultsShowIt) {
            // the results carry the period's name
            results.refresh(results.scheme(period), lockedAssessments(period), results.storedBestValues(period));
        }
        LOG.infof("period %s changed by %s, version %d", period.code, actor.name(), period.version);
        return period;
    }

    /**
     * Publishes the period: every FINAL assessment becomes PUBLISHED in this one transaction, with results recomputed
     * against the period's final best values, so the official tables of the period appear at once. An assessment not
     * final yet stays unpublished and is published on its own once final. An assessment with empty criteria is
     * published only by an admin who gives the reason, kept with it and audited.
     */
    @Transactional
    public AssessmentPeriod publish(String periodCode, long expectedVersion, String incompleteReason, Actor actor) {
        VersionClaim.claim("AssessmentPeriod", "code", periodCode, expectedVersion, "period " + periodCode);
        AssessmentPeriod period = AssessmentPeriod.findById(periodCode);
        if (period.isPublished()) {
            throw Refusal.conflict("period " + periodCode + " was published on " + period.publishedAt
                    + "; corrections are per unit (final points)");
        }
        List<Assessment> all = lockedAssessments(period);
        List<Assessment> assessments = all.stream().filter(a -> a.status == AssessmentStatus.FINAL).toList();
        if (assessments.isEmpty()) {
            throw Refusal.conflict("no assessment of period " + periodCode + " is final yet; there is nothing to publish");
        }
        Map<Assessment, List<String>> incomplete = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            List<String> empty = AssessmentResults.emptyCriteria(results.current(assessment));
            if (!empty.isEmpty() && assessment.incompleteReason == null) {
                incomplete.put(assessment, empty);
            }
        }
        checkComplete(incomplete, incompleteReason, actor, "publish period " + periodCode);
        Instant now = Instant.now(clock);
        for (Assessment assessment : assessments) {
            audit(assessment, actor, "status", assessment.status, AssessmentStatus.PUBLISHED);
            assessment.status = AssessmentStatus.PUBLISHED;
            assessment.publishedAt = now;
            assessment.version++; // the row is ours: locked and read fresh above
            assessment.updatedAt = now;
            if (incomplete.containsKey(assessment)) {
                audit(assessment, actor, "incompleteReason", assessment.incompleteReason, incompleteReason);
                assessment.incompleteReason = incompleteReason;
            }
        }
        period.publishedAt = now;
        period.publishedBy = actor.name();
        period.updatedAt = now;
        // one recomputation of every result, against the period's final best values and with the new statuses
        periodScoring.rescore(period, null);
        LOG.infof("period %s published by %s: %d of %d results official%s", periodCode, actor.name(), assessments.size(), all.size(),
                incomplete.isEmpty() ? "" : ", " + incomplete.size() + " incomplete (" + incompleteReason + ")");
        return period;
    }

    public Assessment get(String periodCode, String unitReference) {
        Assessment assessment = Assessment.of(periodCode, unitReference);
        if (assessment == null) {
            throw Refusal.notFound("no assessment of " + unitReference + " in period " + periodCode);
        }
        return assessment;
    }

    /** The assessment, if the actor may see it before publication (staff, or the unit itself); published ones are public. */
    public Assessment readable(String periodCode, String unitReference, Optional<Actor> actor) {
        Assessment assessment = get(periodCode, unitReference);
        if (assessment.status == AssessmentStatus.PUBLISHED) {
            return assessment;
        }
        Actor who = actor.orElseThrow(() -> Refusal.notFound("no published result of " + unitReference + " in period " + periodCode));
        if (!who.isStaff() && !(who.roles().contains(Workflow.UNIT) && who.actsFor(assessment.unit))) {
            throw Refusal.forbidden("results before publication are visible to admins, appraisers and the unit itself");
        }
        return assessment;
    }

    /** Writes a stage's points for the criteria and lines in the sheet. */
    @Transactional
    public Assessment write(String periodCode, String unitReference, Stage stage, long expectedVersion, ScoreSheet sheet, Actor actor) {
        Assessment assessment = claim(periodCode, unitReference, expectedVersion, actor);
        Workflow.checkWrite(assessment.status, stage, actor.roles());
        if (stage == Stage.SELF) {
            checkDeadline(assessment.period.selfAssessmentDeadline, "the self-assessment deadline");
        }
        ScoringScheme scheme = results.scheme(assessment.period);
        Map<String, CriterionNode> leaves = scheme.nodes().filter(CriterionNode::isLeaf)
                .collect(Collectors.toMap(CriterionNode::code, node -> node));
        List<Refusal.FieldError> errors = new ArrayList<>();
        Map<String, CriterionSheetEntry> criteria = sheet.criteria() == null ? Map.of() : sheet.criteria();
        criteria.forEach((code, entry) -> check(leaves.get(code), stage, code, entry, errors));
        Map<String, BigDecimal> adjustments = sheet.adjustments() == null ? Map.of() : sheet.adjustments();
        adjustments.forEach((line, points) -> check(scheme, line, points, errors));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        criteria.forEach((code, entry) -> upsert(assessment, code, stage, entry, actor));
        adjustments.forEach((line, points) -> award(assessment, line, stage, points, actor));
        return changed(assessment);
    }

    /** The unit's explanations (giải trình) per criterion, while an explanation is requested. */
    @Transactional
    public Assessment explain(String periodCode, String unitReference, long expectedVersion, Map<String, String> explanations, Actor actor) {
        Assessment assessment = claim(periodCode, unitReference, expectedVersion, actor);
        Workflow.checkExplanation(assessment.status, actor.roles());
        checkDeadline(assessment.period.explanationDeadline, "the explanation deadline");
        Set<String> leaves = results.scheme(assessment.period).nodes().filter(CriterionNode::isLeaf).map(CriterionNode::code)
                .collect(Collectors.toSet());
        explanations.keySet().stream().filter(code -> !leaves.contains(code)).findFirst().ifPresent(code -> {
            throw Refusal.invalid("explanations." + code, "the methodology has no criterion " + code);
        });
        explanations.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().length() > NOTE_LENGTH).findFirst()
                .ifPresent(e -> {
                    throw Refusal.invalid("explanations." + e.getKey(), "an explanation has at most " + NOTE_LENGTH + " characters");
                });
        explanations.forEach((code, text) -> {
            CriterionEntry entry = entry(assessment, code, Stage.SELF, actor);
            audit(assessment, actor, "criteria." + code + ".SELF.explanation", entry.explanation, text);
            entry.explanation = text;
        });
        assessment.updatedAt = Instant.now(clock);
        return assessment;
    }

    /**
     * Takes a workflow step. Finalizing or publishing a result with empty criteria needs an admin and a reason
     * ({@code incompleteReason}, kept and audited); publishing one unit is for corrections after the period was published.
     */
    @Transactional
    public Assessment act(String periodCode, String unitReference, Action action, long expectedVersion, String incompleteReason,
            Actor actor) {
        Assessment assessment = claim(periodCode, unitReference, expectedVersion, actor);
        AssessmentStatus next = Workflow.next(assessment.status, action, actor.roles());
        if (action == Action.SUBMIT) {
            checkDeadline(assessment.period.selfAssessmentDeadline, "the self-assessment deadline");
            checkEvidence(assessment);
        } else if (action == Action.EXPLAIN) {
            checkDeadline(assessment.period.explanationDeadline, "the explanation deadline");
        } else if (action == Action.PUBLISH && !assessment.period.isPublished()) {
            throw Refusal.conflict("the results of period " + periodCode + " become official together: publish the period "
                    + "(POST /api/v1/periods/" + periodCode + "/actions/publish) once every assessment is final");
        }
        if ((action == Action.FINALIZE || action == Action.PUBLISH) && assessment.incompleteReason == null) {
            // an admin who accepted empty criteria at finalization need not say so again at publication
            List<String> empty = AssessmentResults.emptyCriteria(results.current(assessment));
            checkComplete(empty.isEmpty() ? Map.of() : Map.of(assessment, empty), incompleteReason, actor,
                    action.name().toLowerCase(java.util.Locale.ROOT) + " " + periodCode + "/" + assessment.unit.code);
            if (!empty.isEmpty()) {
                audit(assessment, actor, "incompleteReason", assessment.incompleteReason, incompleteReason);
                assessment.incompleteReason = incompleteReason;
            }
        }
        audit(assessment, actor, "status", assessment.status, next);
        LOG.infof("assessment %s/%s %s → %s by %s", periodCode, assessment.unit.code, assessment.status, next, actor.name());
        assessment.status = next;
        if (next == AssessmentStatus.PUBLISHED && assessment.publishedAt == null) {
            assessment.publishedAt = Instant.now(clock);
        }
        return changed(assessment);
    }

    /**
     * A survey result for the unit: every SURVEY criterion of the assessment takes the satisfaction percentage as its
     * value (so its points are percentage × max), audited under the survey's name. Nothing changes when the value is
     * the one held already, and a published assessment takes only final results (the wave closed).
     *
     * @return whether the assessment changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordSurvey(Long assessmentId, BigDecimal percent, boolean finalResult, String note, Actor survey) {
        Assessment assessment = Assessment.getEntityManager().find(Assessment.class, assessmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assessment.status == AssessmentStatus.PUBLISHED && !finalResult) {
            return false;
        }
        List<String> surveyCriteria = results.scheme(assessment.period).nodes()
                .filter(node -> node.isLeaf() && node.channel() == Channel.SURVEY).map(CriterionNode::code).toList();
        BigDecimal value = percent.setScale(4, java.math.RoundingMode.HALF_UP);
        boolean changed = false;
        for (String code : surveyCriteria) {
            CriterionEntry entry = entry(assessment, code, Stage.SURVEY, survey);
            if (entry.value == null || entry.value.compareTo(value) != 0 || !Objects.equals(entry.note, note)) {
                upsert(assessment, code, Stage.SURVEY, new CriterionSheetEntry(null, null, null, null, value, false, note), survey);
                changed = true;
            }
        }
        if (changed) {
            // the version is the clients' (If-Match): survey entries are nobody's to edit there, so a feed of provisional
            // results does not turn the units' and appraisers' writes into conflicts
            changed(assessment);
        }
        return changed;
    }

    public List<AuditEntry> audit(Assessment assessment) {
        return AuditEntry.list("assessmentId = ?1 order by id", assessment.id);
    }

    /**
     * The assessment, after checking the actor may write it and claiming its version: of concurrent writers holding the
     * same version one goes on, the others get a 409 with the current version.
     */
    private Assessment claim(String periodCode, String unitReference, long expectedVersion, Actor actor) {
        Object[] found = Assessment.identify(periodCode, unitReference)
                .orElseThrow(() -> Refusal.notFound("no assessment of " + unitReference + " in period " + periodCode));
        String unitCode = (String) found[1];
        if (!actor.isStaff() && !actor.units().contains(unitCode) && !actor.units().contains((String) found[2])) {
            throw Refusal.forbidden("this account acts for " + actor.units() + ", not for unit " + unitCode);
        }
        VersionClaim.claim("Assessment", "id", found[0], expectedVersion, "assessment " + periodCode + "/" + unitCode);
        return Assessment.findById(found[0]);
    }

    /** Every assessment of the period, read fresh and locked in id order (the order every multi-row writer keeps). */
    private List<Assessment> lockedAssessments(AssessmentPeriod period) {
        return Assessment.getEntityManager().createQuery("select a from Assessment a join fetch a.unit where a.period.code = :period "
                + "order by a.id", Assessment.class).setParameter("period", period.code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Empty criteria are refused, naming them, unless an admin gives the reason for going on without them. */
    private static void checkComplete(Map<Assessment, List<String>> incomplete, String reason, Actor actor, String what) {
        if (incomplete.isEmpty()) {
            return;
        }
        if (actor.isAdmin() && reason != null && !reason.isBlank()) {
            return;
        }
        List<Refusal.FieldError> errors = new ArrayList<>();
        boolean oneUnit = incomplete.size() == 1;
        incomplete.forEach((assessment, codes) -> codes.forEach(code -> errors.add(new Refusal.FieldError(
                (oneUnit ? "" : "units." + assessment.unit.code + ".") + "criteria." + code, "no points entered at any stage"))));
        throw Refusal.conflict("cannot " + what + ": " + errors.size() + " criteria have no points ("
                + errors.stream().map(Refusal.FieldError::field).limit(10).collect(Collectors.joining(", "))
                + (errors.size() > 10 ? ", …" : "") + "); fill them in, or an admin may go on with a reason (incompleteReason)", errors);
    }

    private Assessment changed(Assessment assessment) {
        assessment.updatedAt = Instant.now(clock);
        results.refresh(assessment);
        return assessment;
    }

    /** Criteria that require evidence and were scored need a file or link, or a note explaining why there is none. */
    private void checkEvidence(Assessment assessment) {
        Set<String> withEvidence = Evidence.<Evidence>list("assessmentId", assessment.id).stream()
                .map(evidence -> evidence.criterionCode).collect(Collectors.toSet());
        Map<String, CriterionEntry> self = CriterionEntry.<CriterionEntry>list("assessmentId = ?1 and stage = ?2", assessment.id, Stage.SELF)
                .stream().collect(Collectors.toMap(entry -> entry.criterionCode, entry -> entry));
        List<Refusal.FieldError> missing = results.scheme(assessment.period).nodes()
                .filter(node -> node.isLeaf() && node.evidenceRequired())
                .filter(node -> self.containsKey(node.code()) && self.get(node.code()).hasInput() && !self.get(node.code()).notApplicable)
                .filter(node -> !withEvidence.contains(node.code()))
                .filter(node -> self.get(node.code()).note == null || self.get(node.code()).note.isBlank())
                .map(node -> new Refusal.FieldError("criteria." + node.code(), "attach evidence, or say in the note why there is none"))
                .toList();
        if (!missing.isEmpty()) {
            throw Refusal.invalid(missing);
        }
    }

    private void checkDeadline(Instant deadline, String what) {
        if (Instant.now(clock).isAfter(deadline)) {
            throw Refusal.conflict(what + " (" + deadline + ") has passed");
        }
    }

    private static void check(CriterionNode leaf, Stage stage, String code, CriterionSheetEntry entry, List<Refusal.FieldError> errors) {
        if (leaf == null) {
            errors.add(new Refusal.FieldError("criteria." + code, "the methodology has no leaf criterion " + code));
            return;
        }
        if ((leaf.channel() == Channel.SURVEY) != (stage == Stage.SURVEY)) {
            errors.add(new Refusal.FieldError("criteria." + code, leaf.channel() == Channel.SURVEY
                    ? "criterion " + code + " takes its points from the survey" : "criterion " + code + " is not a survey criterion"));
            return;
        }
        if (entry == null) {
            errors.add(new Refusal.FieldError("criteria." + code, "an entry is required"));
            return;
        }
        if (entry.note() != null && entry.note().length() > NOTE_LENGTH) {
            errors.add(new Refusal.FieldError("criteria." + code + ".note", "a note has at most " + NOTE_LENGTH + " characters"));
            return;
        }
        if (entry.notApplicable()) {
            if (!leaf.mayBeNotApplicable()) {
                errors.add(new Refusal.FieldError("criteria." + code + ".notApplicable", "criterion " + code + " cannot be marked not applicable"));
            }
            return;
        }
        try {
            leaf.rule().points(code, leaf.maxPoints(), entry.input(), null);
        } catch (ScoringException e) {
            errors.add(new Refusal.FieldError("criteria." + code + "." + e.field, e.getMessage()));
        }
    }

    private static void check(ScoringScheme scheme, String line, BigDecimal points, List<Refusal.FieldError> errors) {
        Optional<Adjustment> adjustment = scheme.adjustments().stream().filter(a -> a.code().equals(line)).findFirst();
        if (adjustment.isEmpty()) {
            errors.add(new Refusal.FieldError("adjustments." + line, "the methodology has no bonus or penalty line " + line));
        } else if (points == null || points.signum() < 0 || points.compareTo(adjustment.get().cap()) > 0) {
            errors.add(new Refusal.FieldError("adjustments." + line, "points lie within 0.." + adjustment.get().cap().toPlainString()));
        }
    }

    private void upsert(Assessment assessment, String code, Stage stage, CriterionSheetEntry sheet, Actor actor) {
        CriterionEntry entry = entry(assessment, code, stage, actor);
        String prefix = "criteria." + code + "." + stage + ".";
        audit(assessment, actor, prefix + "points", entry.points, sheet.points());
        audit(assessment, actor, prefix + "achieved", entry.achieved, sheet.achieved());
        audit(assessment, actor, prefix + "numerator", entry.numerator, sheet.numerator());
        audit(assessment, actor, prefix + "denominator", entry.denominator, sheet.denominator());
        audit(assessment, actor, prefix + "value", entry.value, sheet.value());
        audit(assessment, actor, prefix + "notApplicable", entry.notApplicable, sheet.notApplicable());
        audit(assessment, actor, prefix + "note", entry.note, sheet.note());
        entry.points = sheet.points();
        entry.achieved = sheet.achieved();
        entry.numerator = sheet.numerator();
        entry.denominator = sheet.denominator();
        entry.value = sheet.value();
        entry.notApplicable = sheet.notApplicable();
        entry.note = sheet.note();
        entry.updatedAt = Instant.now(clock);
        entry.updatedBy = actor.name();
    }

    private CriterionEntry entry(Assessment assessment, String code, Stage stage, Actor actor) {
        CriterionEntry entry = CriterionEntry.find("assessmentId = ?1 and criterionCode = ?2 and stage = ?3",
                assessment.id, code, stage).firstResult();
        if (entry == null) {
            entry = new CriterionEntry();
            entry.assessmentId = assessment.id;
            entry.criterionCode = code;
            entry.stage = stage;
            entry.updatedAt = Instant.now(clock);
            entry.updatedBy = actor.name();
            entry.persist();
        }
        return entry;
    }

    private void award(Assessment assessment, String line, Stage stage, BigDecimal points, Actor actor) {
        AdjustmentAward award = AdjustmentAward.find("assessmentId = ?1 and lineCode = ?2 and stage = ?3", assessment.id, line, stage)
                .firstResult();
        audit(assessment, actor, "adjustments." + line + "." + stage, award == null ? null : award.points, points);
        if (award == null) {
            award = new AdjustmentAward();
            award.assessmentId = assessment.id;
            award.lineCode = line;
            award.stage = stage;
        }
        award.points = points;
        award.updatedAt = Instant.now(clock);
        award.updatedBy = actor.name();
        award.persist();
    }

    private static void audit(Assessment assessment, Actor actor, String field, Object oldValue, Object newValue) {
        boolean same = oldValue instanceof BigDecimal a && newValue instanceof BigDecimal b ? a.compareTo(b) == 0 : Objects.equals(oldValue, newValue);
        if (!same) {
            AuditEntry.record(assessment.id, actor.name(), field, oldValue, newValue);
        }
    }
}

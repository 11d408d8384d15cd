package vn.parindex.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.scoring.Adjustment;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ScoringException;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;
import vn.parindex.assessment.workflow.Workflow;

/**
 * Writing a stage's criterion sheet: the points of many criteria and bonus or penalty lines at once, every entry
 * checked against the methodology before anything is written; the unit's explanations per criterion; and the survey's
 * results in the SURVEY criteria. Each changed value is audited and the result refreshed ({@link Assessments} has the
 * steps every write shares).
 */
@ApplicationScoped
@RetryTransient
public class ScoreSheets {

    /** The longest note or explanation (the columns and the audit trail hold 4,000 characters). */
    public static final int NOTE_LENGTH = 4000;

    private final AssessmentResults results;
    private final Clock clock;

    ScoreSheets(AssessmentResults results) {
        this.results = results;
        this.clock = Clock.systemUTC();
    }

    /** Writes a stage's points for the criteria and lines in the sheet. */
    @Transactional
    public Assessment write(String periodCode, String unitReference, Stage stage, long expectedVersion, ScoreSheet sheet, Actor actor) {
        Assessment assessment = Assessments.claim(periodCode, unitReference, expectedVersion, actor);
        Workflow.checkWrite(assessment.status, stage, actor.roles());
        if (stage == Stage.SELF) {
            Assessments.checkDeadline(clock, assessment.period.selfAssessmentDeadline, "the self-assessment deadline");
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
        return Assessments.changed(assessment, results, clock);
    }

    /** The unit's explanations (giải trình) per criterion, while an explanation is requested. */
    @Transactional
    public Assessment explain(String periodCode, String unitReference, long expectedVersion, Map<String, String> explanations, Actor actor) {
        Assessment assessment = Assessments.claim(periodCode, unitReference, expectedVersion, actor);
        Workflow.checkExplanation(assessment.status, actor.roles());
        Assessments.checkDeadline(clock, assessment.period.explanationDeadline, "the explanation deadline");
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
            Assessments.audit(assessment, actor, "criteria." + code + ".SELF.explanation", entry.explanation, text);
            entry.explanation = text;
        });
        assessment.updatedAt = Instant.now(clock);
        return assessment;
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
            Assessments.changed(assessment, results, clock);
        }
        return changed;
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
        Assessments.audit(assessment, actor, prefix + "points", entry.points, sheet.points());
        Assessments.audit(assessment, actor, prefix + "achieved", entry.achieved, sheet.achieved());
        Assessments.audit(assessment, actor, prefix + "numerator", entry.numerator, sheet.numerator());
        Assessments.audit(assessment, actor, prefix + "denominator", entry.denominator, sheet.denominator());
        Assessments.audit(assessment, actor, prefix + "value", entry.value, sheet.value());
        Assessments.audit(assessment, actor, prefix + "notApplicable", entry.notApplicable, sheet.notApplicable());
        Assessments.audit(assessment, actor, prefix + "note", entry.note, sheet.note());
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
        Assessments.audit(assessment, actor, "adjustments." + line + "." + stage, award == null ? null : award.points, points);
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
}

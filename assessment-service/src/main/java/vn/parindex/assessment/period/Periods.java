package vn.parindex.assessment.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.assessment.Actor;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.concurrency.VersionClaim;
import vn.parindex.assessment.methodology.Methodology;
import vn.parindex.assessment.methodology.MethodologyCatalog;
import vn.parindex.assessment.unit.AdministrativeUnit;
import vn.parindex.assessment.unit.UnitLevel;
import vn.parindex.assessment.workflow.AssessmentStatus;

/**
 * Opening a period, with one DRAFT assessment per unit in scope, and changing what an admin may change once it is open
 * (claiming the period's version). Its publication is {@link vn.parindex.assessment.assessment.Publication}'s.
 */
@ApplicationScoped
@RetryTransient
public class Periods {

    private static final Logger LOG = Logger.getLogger(Periods.class);

    /** What an admin may change in a period once it is open; the methodology, year and units stay. */
    public record PeriodChange(String name, Instant selfAssessmentDeadline, Instant explanationDeadline, String surveyWave) {
    }

    public record PeriodDefinition(String code, String name, String methodologyCode, Integer methodologyVersion, int year,
            UnitLevel unitLevel, String parentKey, Instant selfAssessmentDeadline, Instant explanationDeadline, String surveyWave) {
    }

    private final AssessmentResults results;
    private final MethodologyCatalog catalog;
    private final Clock clock;

    Periods(AssessmentResults results, MethodologyCatalog catalog) {
        this.results = results;
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
            results.refresh(results.scheme(period), Assessment.lockedIn(period), results.storedBestValues(period));
        }
        LOG.infof("period %s changed by %s, version %d", period.code, actor.name(), period.version);
        return period;
    }
}

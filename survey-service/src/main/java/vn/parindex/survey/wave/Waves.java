package vn.parindex.survey.wave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.concurrency.RetryTransient;
import vn.parindex.survey.concurrency.VersionClaim;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireVersion;
import vn.parindex.survey.questionnaire.Questionnaires;
import vn.parindex.survey.result.TallyStore;

/** Survey waves: their scope and targets, and what ingestion needs to know of them. */
@ApplicationScoped
@RetryTransient
public class Waves {

    public record QuestionnaireRef(@NotBlank String code, @Min(1) Integer version) {
    }

    /** A unit in scope; the target is given, or derived from the population and the wave's margin. */
    public record UnitTarget(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String code, @NotBlank @Size(max = 200) String name,
            @Min(1) Integer target, @Min(1) Long population) {
    }

    public record NewWave(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}", message = "use 2-60 capital letters, digits and dashes") String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull @Valid QuestionnaireRef questionnaire,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 20) String unitLevel,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) BigDecimal margin,
            Boolean anonymousSubmission,
            @Min(1) @Max(10000) Integer anonymousPerMinute,
            @NotEmpty @Size(max = 20_000) List<@Valid @NotNull UnitTarget> units) {
    }

    /** What ingestion checks a response against; rebuilt when the wave changes. */
    public record Spec(Wave wave, Questionnaire questionnaire, Map<String, WaveUnit> units) {
    }

    private final Questionnaires questionnaires;
    private final TallyStore tallies;
    private final Map<String, Spec> specs = new ConcurrentHashMap<>();

    Waves(Questionnaires questionnaires, TallyStore tallies) {
        this.questionnaires = questionnaires;
        this.tallies = tallies;
    }

    @Transactional
    public Wave create(NewWave request, String actor) {
        VersionClaim.lockCreation("wave", request.code());
        if (Wave.findById(request.code()) != null) {
            throw Refusal.conflict("the wave " + request.code() + " exists already");
        }
        if (request.closesOn().isBefore(request.opensOn())) {
            throw Refusal.invalid("closesOn", "the wave closes before it opens");
        }
        QuestionnaireVersion questionnaire = request.questionnaire().version() == null
                ? questionnaires.latest(request.questionnaire().code())
                        .orElseThrow(() -> Refusal.invalid("questionnaire.code", "there is no questionnaire " + request.questionnaire().code()))
                : questionnaires.version(request.questionnaire().code(), request.questionnaire().version());
        List<Refusal.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<WaveUnit> units = new ArrayList<>();
        for (int i = 0; i < request.units().size(); i++) {
            UnitTarget unit = request.units().get(i);
            if (!codes.add(unit.code())) {
                errors.add(new Refusal.FieldError("units[" + i + "].code", "the unit " + unit.code() + " appears twice"));
                continue;
            }
            WaveUnit waveUnit = new WaveUnit();
            waveUnit.waveCode = request.code();
            waveUnit.unitCode = unit.code();
            waveUnit.unitName = unit.name();
            waveUnit.population = unit.population();
            if (unit.target() != null) {
                waveUnit.target = unit.target();
            } else if (unit.population() != null && request.margin() != null) {
                waveUnit.target = Math.toIntExact(SampleSize.of(unit.population(), request.margin()));
            } else {
                errors.add(new Refusal.FieldError("units[" + i + "].target",
                        "give a target, or a population and the wave's margin to derive it from"));
                continue;
            }
            units.add(waveUnit);
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Wave wave = new Wave();
        wave.code = request.code();
        wave.name = request.name();
        wave.questionnaireCode = questionnaire.code;
        wave.questionnaireVersion = questionnaire.version;
        wave.year = request.year();
        wave.unitLevel = request.unitLevel();
        wave.opensOn = request.opensOn();
        wave.closesOn = request.closesOn();
        wave.anonymousSubmission = request.anonymousSubmission() != null && request.anonymousSubmission();
        wave.anonymousPerMinute = request.anonymousPerMinute() == null ? 10 : request.anonymousPerMinute();
        wave.createdAt = Instant.now();
        wave.createdBy = actor;
        wave.version = 1;
        wave.persist();
        units.forEach(unit -> unit.persist());
        return wave;
    }

    public Wave find(String code) {
        Wave wave = Wave.findById(code);
        if (wave == null) {
            throw Refusal.notFound("no survey wave " + code);
        }
        return wave;
    }

    public List<Wave> list() {
        return Wave.<Wave>listAll(io.quarkus.panache.common.Sort.descending("year").and("code"));
    }

    public List<WaveUnit> units(String waveCode) {
        return WaveUnit.<WaveUnit>list("waveCode = ?1 order by unitCode", waveCode);
    }

    /** Closes the wave before its closing date; its results become final and are published again as such. */
    @Transactional
    public Wave close(String code, long expectedVersion, Instant now) {
        VersionClaim.claim("Wave", "code", code, expectedVersion, "survey wave " + code);
        Wave wave = find(code);
        if (wave.status(now) == Wave.Status.CLOSED) {
            throw Refusal.conflict("the wave " + code + " is closed already");
        }
        wave.closedAt = now;
        specs.remove(code);
        tallies.touchWave(code);
        return wave;
    }

    /**
     * Records the close of every wave whose closing date has passed without an early close (at the end of that day,
     * Vietnam time), and has its results computed again as final and published, as an early close does. One
     * statement, so that of several replicas one closes each wave.
     *
     * @return the codes of the waves closed now
     */
    @Transactional
    public List<String> closeDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<String> closed = Wave.getEntityManager().createNativeQuery("""
                UPDATE wave SET closed_at = (closes_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', version = version + 1
                WHERE closed_at IS NULL AND closes_on < ?1 RETURNING code""")
                .setParameter(1, now.atZone(Wave.VIETNAM).toLocalDate()).getResultList();
        for (String code : closed) {
            specs.remove(code);
            tallies.touchWave(code);
        }
        return closed;
    }

    /** The wave as ingestion reads it; null when there is no such wave. */
    public Spec spec(String code) {
        Wave wave = Wave.findById(code);
        if (wave == null) {
            return null;
        }
        Spec cached = specs.get(code);
        if (cached != null && cached.wave().version == wave.version) {
            return cached;
        }
        Map<String, WaveUnit> units = new LinkedHashMap<>();
        units(code).forEach(unit -> units.put(unit.unitCode, unit));
        Spec spec = new Spec(wave, questionnaires.compiled(wave.questionnaireCode, wave.questionnaireVersion), Map.copyOf(units));
        specs.put(code, spec);
        return spec;
    }
}

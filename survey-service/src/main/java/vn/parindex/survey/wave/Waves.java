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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Schema(name = "QuestionnaireRef", description = "The questionnaire (phiếu khảo sát) a wave pins: a code and, optionally, a "
            + "version.")
    public record QuestionnaireRef(
            @Schema(description = "The questionnaire's code.", example = "SIPAS-2017") @NotBlank String code,
            @Schema(description = "The version to pin; the latest version when left out.", example = "1") @Min(1) Integer version) {
    }

    /** A unit in scope; the target is given, or derived from the population and the wave's margin. */
    @Schema(name = "WaveUnitTarget", description = "A unit (đơn vị) in the wave's scope with its target sample (cỡ mẫu): give "
            + "the target, or the population from which it is derived with the wave's margin (n = N/(1+N·e²), rounded up); "
            + "a given target wins.")
    public record UnitTarget(
            @Schema(description = "The unit's code, unique in the wave.", example = "24")
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String code,
            @Schema(description = "The unit's name.", example = "Tỉnh Bắc Giang") @NotBlank @Size(max = 200) String name,
            @Schema(description = "The target number of responses.", example = "400") @Min(1) Integer target,
            @Schema(description = "Transactions or users in the period (N), to derive the target from.", example = "125000")
            @Min(1) Long population) {
    }

    @Schema(name = "NewWave", description = "A survey wave (đợt khảo sát) to open: its questionnaire, year, unit level, dates and "
            + "the units in scope with their target samples.")
    public record NewWave(
            @Schema(description = "The wave's code: 2-60 capital letters, digits and dashes.", example = "SIPAS-2020")
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}", message = "use 2-60 capital letters, digits and dashes") String code,
            @Schema(description = "The wave's name.", example = "SIPAS 2020: sự hài lòng của người dân, tổ chức")
            @NotBlank @Size(max = 300) String name,
            @Schema(description = "The questionnaire the wave pins.") @NotNull @Valid QuestionnaireRef questionnaire,
            @Schema(description = "The year the wave measures.", example = "2020") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(description = "The level of the units surveyed, e.g. PROVINCE.", example = "PROVINCE")
            @NotBlank @Size(max = 20) String unitLevel,
            @Schema(description = "The first day responses are taken (Asia/Ho_Chi_Minh).", example = "2020-09-01")
            @NotNull LocalDate opensOn,
            @Schema(description = "The last day responses are taken (Asia/Ho_Chi_Minh); not before opensOn.", example = "2020-10-31")
            @NotNull LocalDate closesOn,
            @Schema(description = "The allowed error e (between 0 and 1, exclusive) with which targets are derived from "
                    + "populations.", example = "0.05")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) BigDecimal margin,
            @Schema(description = "Whether citizens may submit responses without a token; false when left out.", example = "false")
            Boolean anonymousSubmission,
            @Schema(description = "At most this many anonymous responses a minute from one client address (per replica); 10 "
                    + "when left out.", example = "10") @Min(1) @Max(10000) Integer anonymousPerMinute,
            @Schema(description = "The units in scope, each with a target or a population.")
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

package vn.parindex.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument;
import vn.parindex.survey.questionnaire.QuestionnaireRules;

/**
 * The questionnaire catalogue. Versions are immutable: importing a changed document adds a version, importing the
 * same document again returns the version that has it. Waves pin a version, so responses are always read against the
 * questionnaire they answered.
 */
@ApplicationScoped
public class Questionnaires {

    /** The outcome of an import: the version holding the document, and whether this import created it. */
    public record Imported(QuestionnaireVersion version, boolean created) {
    }

    private final ObjectMapper json;
    private final ObjectMapper canonicalJson;
    private final Map<QuestionnaireVersion.Key, Questionnaire> compiled = new ConcurrentHashMap<>();

    private final Validator validator;

    Questionnaires(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
        this.canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @Transactional
    public Imported importDocument(QuestionnaireDocument submitted, String actor) {
        List<ApiProblem.FieldError> invalid = validator.validate(submitted).stream()
                .map(v -> new ApiProblem.FieldError(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiProblem.FieldError::field)).toList();
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        QuestionnaireDocument document = QuestionnaireRules.withDefaults(submitted);
        List<ApiProblem.FieldError> violations = QuestionnaireRules.violations(document);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        String text = write(document);
        String hash = sha256(text);
        Optional<QuestionnaireVersion> latest = latest(document.code());
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return new Imported(latest.get(), false);
        }
        QuestionnaireVersion version = new QuestionnaireVersion();
        version.code = document.code();
        version.version = latest.map(v -> v.version + 1).orElse(1);
        version.name = document.name();
        version.template = document.template();
        version.document = text;
        version.contentHash = hash;
        version.createdAt = Instant.now();
        version.createdBy = actor;
        version.persist();
        return new Imported(version, true);
    }

    public Optional<QuestionnaireVersion> latest(String code) {
        return QuestionnaireVersion.<QuestionnaireVersion>find("code = ?1 order by version desc", code).firstResultOptional();
    }

    public QuestionnaireVersion version(String code, int version) {
        QuestionnaireVersion found = QuestionnaireVersion.findById(new QuestionnaireVersion.Key(code, version));
        if (found == null) {
            throw ApiProblem.notFound("no questionnaire " + code + " version " + version);
        }
        return found;
    }

    /** The latest version of every questionnaire. */
    public List<QuestionnaireVersion> list() {
        return QuestionnaireVersion.<QuestionnaireVersion>find(
                "version = (select max(q.version) from QuestionnaireVersion q where q.code = code) order by code").list();
    }

    public List<QuestionnaireVersion> versions(String code) {
        List<QuestionnaireVersion> versions = QuestionnaireVersion.<QuestionnaireVersion>find("code = ?1 order by version", code).list();
        if (versions.isEmpty()) {
            throw ApiProblem.notFound("no questionnaire " + code);
        }
        return versions;
    }

    public QuestionnaireDocument document(QuestionnaireVersion version) {
        try {
            return json.readValue(version.document, QuestionnaireDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire " + version.code + " v" + version.version + " is unreadable", e);
        }
    }

    /** The version ready to read answers with; versions never change, so each is built once. */
    public Questionnaire compiled(String code, int version) {
        return compiled.computeIfAbsent(new QuestionnaireVersion.Key(code, version),
                key -> new Questionnaire(code, version, document(version(code, version))));
    }

    private String write(QuestionnaireDocument document) {
        try {
            return canonicalJson.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

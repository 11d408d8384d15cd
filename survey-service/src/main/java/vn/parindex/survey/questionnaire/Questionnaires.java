package vn.parindex.survey.questionnaire;

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
import vn.parindex.survey.Refusal;
import vn.parindex.survey.concurrency.RetryTransient;
import vn.parindex.survey.concurrency.VersionClaim;

/**
 * The questionnaire catalogue. Versions are immutable: importing a changed document adds a version, importing the
 * same document again returns the version that has it. Waves pin a version, so responses are always read against the
 * questionnaire they answered.
 */
@ApplicationScoped
@RetryTransient
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

    /**
     * Stores the document as the next version of its code, unless the latest version holds it already.
     *
     * @param expectedVersion the latest version the caller read; null for a first import (a code that exists with other
     *        content is then a conflict: a new version names the one it follows)
     */
    @Transactional
    public Imported importDocument(QuestionnaireDocument submitted, Long expectedVersion, String actor) {
        List<Refusal.FieldError> invalid = validator.validate(submitted).stream()
                .map(v -> new Refusal.FieldError(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Refusal.FieldError::field)).toList();
        if (!invalid.isEmpty()) {
            throw Refusal.invalid(invalid);
        }
        QuestionnaireDocument document = QuestionnaireRules.withDefaults(submitted);
        List<Refusal.FieldError> violations = QuestionnaireRules.violations(document);
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        String text = write(document);
        String hash = sha256(text);
        // importers of the same code take turns: the second sees the first's version, never a duplicate key
        VersionClaim.lockCreation("questionnaire", document.code());
        Optional<QuestionnaireVersion> latest = latest(document.code());
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return new Imported(latest.get(), false);
        }
        if (expectedVersion == null && latest.isPresent()) {
            throw Refusal.conflict("questionnaire " + document.code() + " exists (version " + latest.get().version + "); publish a "
                    + "new version with PUT /api/v1/questionnaires/" + document.code() + " and If-Match: " + latest.get().version);
        }
        if (expectedVersion != null) {
            long current = latest.map(v -> (long) v.version).orElseThrow(() -> Refusal.notFound("no questionnaire " + document.code()));
            if (current != expectedVersion) {
                throw Refusal.stale("questionnaire " + document.code(), current, expectedVersion);
            }
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
            throw Refusal.notFound("no questionnaire " + code + " version " + version);
        }
        return found;
    }

    /** The latest version of every questionnaire. */
    public List<QuestionnaireVersion> list() {
        // the alias matters: an unqualified "code" in the subquery would be the subquery's own, the maximum of all codes
        return QuestionnaireVersion.<QuestionnaireVersion>find("from QuestionnaireVersion latest where latest.version = "
                + "(select max(q.version) from QuestionnaireVersion q where q.code = latest.code) order by latest.code").list();
    }

    public List<QuestionnaireVersion> versions(String code) {
        List<QuestionnaireVersion> versions = QuestionnaireVersion.<QuestionnaireVersion>find("code = ?1 order by version", code).list();
        if (versions.isEmpty()) {
            throw Refusal.notFound("no questionnaire " + code);
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

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.parindex.assessment.methodology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.concurrency.VersionClaim;
import vn.parindex.assessment.scoring.SchemeValidator;
import vn.parindex.assessment.unit.UnitLevel;

/**
 * The methodologies (bộ chỉ số) and their versions. Every version is immutable: a change is a new version, so a
 * period that pinned a version keeps scoring the same way.
 */
@ApplicationScoped
@RetryTransient
public class MethodologyCatalog {

    private static final Logger LOG = Logger.getLogger(MethodologyCatalog.class);

    /** The stored version and whether this call created it (false: the same content was there already). */
    public record Stored(Methodology methodology, boolean created) {
    }

    private final ObjectMapper json;
    /** Parsed documents by methodology id: a version never changes, so each is read once. */
    private final Map<Long, MethodologyDocument> documents = new ConcurrentHashMap<>();

    MethodologyCatalog(ObjectMapper json) {
        this.json = json;
    }

    /** Imports a new methodology; the same content again is a no-op, other content under an existing code is a conflict. */
    @Transactional
    public Stored create(MethodologyDocument document, String author) {
        validate(document);
        VersionClaim.lockCreation("methodology", document.code());
        Methodology latest = Methodology.latest(document.code());
        String hash = contentHash(document);
        if (latest != null) {
            if (latest.contentHash.equals(hash)) {
                return new Stored(latest, false);
            }
            throw Refusal.conflict("methodology " + document.code() + " exists (version " + latest.version
                    + "); publish a new version with PUT /api/v1/methodologies/" + document.code() + " and If-Match: " + latest.version);
        }
        return new Stored(store(document, 1, hash, author), true);
    }

    /** Adds a version after the one the caller read; a stale version is a conflict. The same content is a no-op. */
    @Transactional
    public Stored revise(String code, long expectedVersion, MethodologyDocument document, String author) {
        if (!code.equals(document.code())) {
            throw Refusal.invalid("code", "the document's code " + document.code() + " differs from the path's " + code);
        }
        validate(document);
        // the version check and the new version are one step: concurrent revisers take turns, and the second sees the first's
        VersionClaim.lockCreation("methodology", code);
        Methodology latest = Methodology.latest(code);
        if (latest == null) {
            throw Refusal.notFound("no methodology " + code);
        }
        String hash = contentHash(document);
        if (latest.contentHash.equals(hash)) {
            return new Stored(latest, false);
        }
        if (latest.version != expectedVersion) {
            throw Refusal.stale("methodology " + code, latest.version, expectedVersion);
        }
        return new Stored(store(document, latest.version + 1, hash, author), true);
    }

    /** The latest version, or the given one. */
    public Methodology get(String code, Integer version) {
        Methodology methodology = version == null ? Methodology.latest(code) : Methodology.version(code, version);
        if (methodology == null) {
            throw Refusal.notFound("no methodology " + code + (version == null ? "" : " version " + version));
        }
        return methodology;
    }

    /** The latest version of each methodology, filtered. */
    public List<Methodology> list(IndexKind index, UnitLevel level, Integer year) {
        return Methodology.<Methodology>list("from Methodology latest where latest.version = "
                + "(select max(m.version) from Methodology m where m.code = latest.code) order by latest.code")
                .stream()
                .filter(m -> index == null || m.index == index)
                .filter(m -> level == null || m.unitLevel == level)
                .filter(m -> year == null || (m.yearFrom <= year && year <= m.yearTo))
                .toList();
    }

    public MethodologyDocument document(Methodology methodology) {
        return documents.computeIfAbsent(methodology.id, id -> {
            try {
                return json.readValue(methodology.document, MethodologyDocument.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored methodology " + methodology.code + " v" + methodology.version + " is unreadable", e);
            }
        });
    }

    private Methodology store(MethodologyDocument document, int version, String hash, String author) {
        Methodology methodology = new Methodology();
        methodology.code = document.code();
        methodology.version = version;
        methodology.name = document.name();
        methodology.index = document.index();
        methodology.unitLevel = document.unitLevel();
        methodology.yearFrom = document.yearFrom();
        methodology.yearTo = document.yearTo();
        methodology.document = write(document);
        methodology.contentHash = hash;
        methodology.createdAt = Instant.now();
        methodology.createdBy = author;
        methodology.persist();
        LOG.infof("methodology %s version %d stored by %s", methodology.code, version, author);
        return methodology;
    }

    private static void validate(MethodologyDocument document) {
        List<Refusal.FieldError> errors = new ArrayList<>(SchemeValidator.violations(document.scheme()).stream()
                .map(v -> new Refusal.FieldError(v.path(), v.message())).toList());
        if (document.yearTo() < document.yearFrom()) {
            errors.add(new Refusal.FieldError("yearTo", "yearTo " + document.yearTo() + " is before yearFrom " + document.yearFrom()));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private String write(MethodologyDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the document with keys sorted and numbers normalised (8.5 and 8.50 are the same points). */
    private String contentHash(MethodologyDocument document) {
        try {
            JsonNode canonical = canonical(json.valueToTree(document));
            byte[] bytes = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(field -> sorted.put(field.getKey(), canonical(field.getValue())));
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            sorted.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(canonical(item)));
            return copy;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
        }
        return node;
    }
}

package vn.parindex.assessment.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.assessment.Actor;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.assessment.Assessments;
import vn.parindex.assessment.assessment.AuditEntry;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.config.EvidenceConfig;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.workflow.AssessmentStatus;

/**
 * Evidence a unit attaches to its criteria: files (within a size limit and of accepted types, kept with their SHA-256)
 * or links. A unit adds or removes its own evidence while drafting or explaining; every change is audited.
 */
@ApplicationScoped
@RetryTransient
public class AssessmentEvidence {

    private static final Set<AssessmentStatus> OPEN = Set.of(AssessmentStatus.DRAFT, AssessmentStatus.EXPLANATION_REQUESTED);

    private final Assessments assessments;
    private final AssessmentResults results;
    private final long maxBytes;
    private final Set<String> contentTypes;

    AssessmentEvidence(Assessments assessments, AssessmentResults results,
            EvidenceConfig config) {
        this.assessments = assessments;
        this.results = results;
        this.maxBytes = config.maxBytes();
        this.contentTypes = config.contentTypes();
    }

    @Transactional
    public Evidence upload(String period, String unit, String criterion, String fileName, String contentType, byte[] content,
            String description, Actor actor) {
        Assessment assessment = open(period, unit, criterion, actor);
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw Refusal.invalid("fileName", "give the file's name (at most 255 characters)");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!contentTypes.contains(type)) {
            throw Refusal.unsupportedType("files of type '" + type + "' are not accepted; accepted: " + contentTypes);
        }
        if (content == null || content.length == 0) {
            throw Refusal.invalid("content", "the file is empty");
        }
        if (content.length > maxBytes) {
            throw Refusal.tooLarge("the file has " + content.length + " bytes; at most " + maxBytes + " are accepted");
        }
        if (!startsLike(type, content)) {
            throw Refusal.invalid("content", "the file's bytes are not those of " + type + "; upload the file itself, with its type");
        }
        Evidence evidence = base(assessment, criterion, Evidence.Kind.FILE, description, actor);
        evidence.fileName = fileName.strip();
        evidence.contentType = type;
        evidence.sizeBytes = (long) content.length;
        evidence.sha256 = sha256(content);
        evidence.content = content;
        evidence.persist();
        AuditEntry.record(assessment.id, actor.name(), "evidence." + criterion, null, evidence.fileName + " (sha256 " + evidence.sha256 + ")");
        return evidence;
    }

    @Transactional
    public Evidence link(String period, String unit, String criterion, String url, String description, Actor actor) {
        Assessment assessment = open(period, unit, criterion, actor);
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw Refusal.invalid("url", "an http or https address is required");
            }
        } catch (URISyntaxException e) {
            throw Refusal.invalid("url", "'" + url + "' is not an address");
        }
        Evidence evidence = base(assessment, criterion, Evidence.Kind.LINK, description, actor);
        evidence.url = url;
        evidence.persist();
        AuditEntry.record(assessment.id, actor.name(), "evidence." + criterion, null, url);
        return evidence;
    }

    @Transactional
    public void remove(String period, String unit, long id, Actor actor) {
        Evidence evidence = Evidence.findById(id);
        Assessment assessment = assessments.get(period, unit);
        if (evidence == null || !evidence.assessmentId.equals(assessment.id)) {
            throw Refusal.notFound("no evidence " + id + " on this assessment");
        }
        open(period, unit, evidence.criterionCode, actor);
        AuditEntry.record(assessment.id, actor.name(), "evidence." + evidence.criterionCode,
                evidence.kind == Evidence.Kind.FILE ? evidence.fileName + " (sha256 " + evidence.sha256 + ")" : evidence.url, null);
        evidence.delete();
    }

    /**
     * Whether the file starts as files of its declared type do (PDF, PNG, JPEG, the ZIP of ZIP and Office Open XML, the
     * OLE2 container of old Word and Excel files): an executable declared as a PDF is refused.
     */
    static boolean startsLike(String type, byte[] content) {
        byte[] signature = switch (type) {
            case "application/pdf" -> new byte[] { '%', 'P', 'D', 'F', '-' };
            case "image/png" -> new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
            case "image/jpeg" -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
            case "application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> new byte[] { 'P', 'K', 3, 4 };
            case "application/msword", "application/vnd.ms-excel" -> new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                    (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
            default -> null;
        };
        // a type an operator added to the accepted ones without a known signature is taken as declared
        return signature == null || content.length >= signature.length
                && java.util.Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public List<Evidence> list(Assessment assessment) {
        return Evidence.list("assessmentId = ?1 order by criterionCode, id", assessment.id);
    }

    public Evidence file(Assessment assessment, long id) {
        Evidence evidence = Evidence.findById(id);
        if (evidence == null || !evidence.assessmentId.equals(assessment.id) || evidence.kind != Evidence.Kind.FILE) {
            throw Refusal.notFound("no file " + id + " on this assessment");
        }
        return evidence;
    }

    private Assessment open(String period, String unit, String criterion, Actor actor) {
        Assessment assessment = assessments.get(period, unit);
        // read again under the row lock: the status checked below cannot change before this commits
        Assessment.getEntityManager().refresh(assessment, LockModeType.PESSIMISTIC_WRITE);
        if (!actor.roles().contains("unit") || !actor.actsFor(assessment.unit)) {
            throw Refusal.forbidden("evidence is attached by the unit itself");
        }
        if (!OPEN.contains(assessment.status)) {
            throw Refusal.conflict("evidence can be changed while the assessment is " + OPEN + "; it is " + assessment.status);
        }
        Optional<CriterionNode> leaf = results.scheme(assessment.period).nodes()
                .filter(node -> node.isLeaf() && node.code().equals(criterion)).findFirst();
        if (leaf.isEmpty() || leaf.get().channel() == Channel.SURVEY) {
            throw Refusal.invalid("criterion", "the methodology has no self-assessed criterion " + criterion);
        }
        return assessment;
    }

    private static Evidence base(Assessment assessment, String criterion, Evidence.Kind kind, String description, Actor actor) {
        if (description != null && description.length() > 1000) {
            throw Refusal.invalid("description", "at most 1000 characters");
        }
        Evidence evidence = new Evidence();
        evidence.assessmentId = assessment.id;
        evidence.criterionCode = criterion;
        evidence.kind = kind;
        evidence.description = description;
        evidence.uploadedAt = Instant.now();
        evidence.uploadedBy = actor.name();
        return evidence;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.parindex.assessment.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file or a link that a unit attaches to a criterion as evidence (tài liệu kiểm chứng). */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Schema(name = "EvidenceKind", description = "FILE: a file kept by the service (download it from the evidence's "
            + "content address); LINK: an http or https address.")
    public enum Kind {
        FILE, LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    @Column(name = "criterion_code")
    public String criterionCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public String url;

    public String description;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;
}

package vn.parindex.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.parindex.assessment.workflow.AssessmentStatus;

/**
 * One unit's assessment in a period. {@code version} is the optimistic-lock token of every write (moved on by
 * {@link VersionClaim}); {@code result} is the computed result as last published, and {@code resultVersion} the
 * per-assessment event version. Only changed columns are written, so the period step, which writes the result, and a
 * writer, which claims the version, never put back each other's columns.
 */
@Entity
@DynamicUpdate
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "period_code")
    public AssessmentPeriod period;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_key")
    public AdministrativeUnit unit;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @Column(name = "result_version")
    public long resultVersion;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Why an admin published this result although criteria were empty; null when it was complete. */
    @Column(name = "incomplete_reason")
    public String incompleteReason;

    public static Assessment of(String periodCode, String unitReference) {
        return find("period.code = ?1 and (unit.key = ?2 or unit.code = ?2)", periodCode, unitReference).firstResult();
    }
}

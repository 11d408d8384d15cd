package vn.parindex.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.parindex.assessment.concurrency.VersionClaim;
import vn.parindex.assessment.period.AssessmentPeriod;
import vn.parindex.assessment.unit.AdministrativeUnit;
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

    /**
     * The assessment of a period's unit named by key or code. The unit is resolved first, so the lookup goes through the
     * (period, unit) index instead of filtering every assessment of the period: its cost does not grow with the period.
     */
    private static final String OF_UNIT = " from Assessment a where a.period.code = ?1 and a.unit.key in "
            + "(select u.key from AdministrativeUnit u where u.key = ?2 or u.code = ?2)";

    public static Assessment of(String periodCode, String unitReference) {
        return find(OF_UNIT.strip(), periodCode, unitReference).firstResult();
    }

    /** Every assessment of the period, read fresh and locked in id order (the order every multi-row writer keeps). */
    public static List<Assessment> lockedIn(AssessmentPeriod period) {
        return getEntityManager().createQuery("select a from Assessment a join fetch a.unit where a.period.code = :period "
                + "order by a.id", Assessment.class).setParameter("period", period.code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The id, unit code and unit key of the assessment, without loading it. */
    public static Optional<Object[]> identify(String periodCode, String unitReference) {
        return getEntityManager().createQuery("select a.id, a.unit.code, a.unit.key" + OF_UNIT, Object[].class)
                .setParameter(1, periodCode).setParameter(2, unitReference).getResultStream().findFirst();
    }
}

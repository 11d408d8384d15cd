package vn.parindex.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One change of an assessment: who, when, which field ("criteria.1.2.SELF.points", "status"), old and new value. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    public Instant at;

    public String actor;

    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    public static void record(Long assessmentId, String actor, String field, Object oldValue, Object newValue) {
        AuditEntry entry = new AuditEntry();
        entry.assessmentId = assessmentId;
        entry.at = Instant.now();
        entry.actor = actor;
        entry.field = field;
        entry.oldValue = text(oldValue);
        entry.newValue = text(newValue);
        entry.persist();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}

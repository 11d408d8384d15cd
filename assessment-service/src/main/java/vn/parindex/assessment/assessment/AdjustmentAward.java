package vn.parindex.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.parindex.assessment.workflow.Stage;

/** Bonus or penalty points that one stage awarded on one line. */
@Entity
@Table(name = "adjustment_award")
public class AdjustmentAward extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    @Column(name = "line_code")
    public String lineCode;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    public BigDecimal points;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}

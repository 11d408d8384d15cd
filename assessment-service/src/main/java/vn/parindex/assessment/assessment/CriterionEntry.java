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
import vn.parindex.assessment.scoring.CriterionInput;
import vn.parindex.assessment.workflow.Stage;

/** What one stage entered for one criterion of an assessment, with the note and, for SELF, the unit's explanation. */
@Entity
@Table(name = "criterion_entry")
public class CriterionEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public Long assessmentId;

    @Column(name = "criterion_code")
    public String criterionCode;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    public BigDecimal points;
    public Boolean achieved;
    public BigDecimal numerator;
    public BigDecimal denominator;
    public BigDecimal value;

    @Column(name = "not_applicable")
    public boolean notApplicable;

    public String note;
    public String explanation;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public CriterionInput input() {
        return new CriterionInput(points, achieved, numerator, denominator, value, notApplicable);
    }

    public boolean hasInput() {
        return notApplicable || points != null || achieved != null || numerator != null || denominator != null || value != null;
    }
}

package vn.parindex.assessment.period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.parindex.assessment.methodology.Methodology;
import vn.parindex.assessment.unit.UnitLevel;

/** A round of assessment: one pinned methodology version, a year, the units of a level (under a parent, if given). */
@Entity
@DynamicUpdate
@Table(name = "assessment_period")
public class AssessmentPeriod extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "methodology_id")
    public Methodology methodology;

    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    public UnitLevel unitLevel;

    @Column(name = "parent_key")
    public String parentKey;

    @Column(name = "self_assessment_deadline")
    public Instant selfAssessmentDeadline;

    @Column(name = "explanation_deadline")
    public Instant explanationDeadline;

    /** The survey wave whose results fill the SURVEY criteria; null: any wave of the period's year. */
    @Column(name = "survey_wave")
    public String surveyWave;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The optimistic-lock token of changes to the period (If-Match); its assessments have their own. */
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the period's results became official, all at once; null before. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** Per RELATIVE_TO_BEST criterion, the best value among the period's units, as the period step last computed it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "best_values")
    public String bestValues;

    public boolean isPublished() {
        return publishedAt != null;
    }
}

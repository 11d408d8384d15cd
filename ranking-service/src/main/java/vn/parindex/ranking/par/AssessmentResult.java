package vn.parindex.ranking.par;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest result of one unit in one assessment period, kept at the newest version published. */
@Entity
@Table(name = "assessment_result")
@IdClass(AssessmentResult.Id.class)
public class AssessmentResult extends PanacheEntityBase {

    public record Id(String periodCode, String unitKey) implements Serializable {
    }

    /** One area's score as the result stated it. */
    public record Band(String code, String name, BigDecimal minPercent) {
    }

    /**
     * A node as the result stated it. Rows replicated before results carried {@code applicableMaxPoints},
     * {@code pointsBelowMax} and {@code notApplicable} have them null until the next event or a rebuild.
     */
    public record Area(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal applicableMaxPoints,
            BigDecimal percent, BigDecimal pointsBelowMax, Boolean notApplicable, List<Area> children) {

        public BigDecimal applicableMax() {
            return applicableMaxPoints == null ? maxPoints : applicableMaxPoints;
        }

        public BigDecimal below() {
            return pointsBelowMax == null ? maxPoints.subtract(points) : pointsBelowMax;
        }

        public boolean isNotApplicable() {
            return Boolean.TRUE.equals(notApplicable);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "period_code")
    public String periodCode;

    @jakarta.persistence.Id
    @Column(name = "unit_key")
    public String unitKey;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "parent_key")
    public String parentKey;

    @Column(name = "period_name")
    public String periodName;

    public int year;

    @Column(name = "methodology_code")
    public String methodologyCode;

    @Column(name = "methodology_version")
    public int methodologyVersion;

    @Column(name = "tie_rule")
    public String tieRule;

    public String status;

    public BigDecimal total;

    @Column(name = "max_points")
    public BigDecimal maxPoints;

    @Column(name = "index_percent")
    public BigDecimal indexPercent;

    public String band;

    @Column(name = "band_name")
    public String bandName;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Area> areas;

    /** The methodology's groups; null for results replicated before they were published with the result. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Band> bands;

    public long version;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "replicated_at")
    public Instant replicatedAt;

    /** How many results of the period were official when this one was written (0 from producers that did not say). */
    @Column(name = "period_published_units")
    public long periodPublishedUnits;

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}

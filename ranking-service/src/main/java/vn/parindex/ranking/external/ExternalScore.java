package vn.parindex.ranking.external;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit's result in an external index (PAPI, PCI) for a year, as imported. */
@Entity
@Table(name = "external_score")
@IdClass(ExternalScore.Id.class)
public class ExternalScore extends PanacheEntityBase {

    public record Id(String indexCode, int year, String unitCode) implements Serializable {
    }

    /** A dimension or sub-index and its score (out of 10). */
    public record Component(String code, String name, BigDecimal score) {
    }

    @jakarta.persistence.Id
    @Column(name = "index_code")
    public String indexCode;

    @jakarta.persistence.Id
    public int year;

    @jakarta.persistence.Id
    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    public BigDecimal total;

    @Column(name = "max_points")
    public BigDecimal maxPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Component> components;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "imported_by")
    public String importedBy;
}

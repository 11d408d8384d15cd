package vn.parindex.assessment.methodology;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.parindex.assessment.unit.UnitLevel;

/** One immutable version of a methodology; the document holds its whole content. */
@Entity
@Table(name = "methodology")
public class Methodology extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public int version;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "index_kind")
    public IndexKind index;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    public UnitLevel unitLevel;

    @Column(name = "year_from")
    public int yearFrom;

    @Column(name = "year_to")
    public int yearTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Methodology latest(String code) {
        return find("code = ?1 order by version desc", code).firstResult();
    }

    public static Methodology version(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResult();
    }
}

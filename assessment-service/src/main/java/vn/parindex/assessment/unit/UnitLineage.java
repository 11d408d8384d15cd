package vn.parindex.assessment.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** One edge of the lineage: the unit {@code fromKey} became (part of) {@code toKey} on the effective date. */
@Entity
@Table(name = "unit_lineage")
public class UnitLineage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public LineageKind kind;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "from_key")
    public String fromKey;

    /** Null for ABOLISH. */
    @Column(name = "to_key")
    public String toKey;

    public static List<UnitLineage> predecessorsOf(String key) {
        return list("toKey = ?1 order by fromKey", key);
    }

    public static List<UnitLineage> successorsOf(String key) {
        return list("fromKey = ?1 order by toKey", key);
    }
}

package vn.parindex.ranking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** This service's copy of an administrative unit, kept at the newest version published on parindex.units.v1. */
@Entity
@Table(name = "unit_replica")
public class UnitReplica extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "replicated_at")
    public Instant replicatedAt;
}

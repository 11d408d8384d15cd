package vn.parindex.ranking.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import vn.parindex.ranking.LineageKind;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * This service's copy of an administrative unit and its lineage, kept at the newest version published on
 * parindex.units.v1. Identified by the unit key, code@validFrom.
 */
@Entity
@Table(name = "unit_replica")
public class UnitReplica extends PanacheEntityBase {

    public enum Direction {
        PREDECESSOR, SUCCESSOR
    }

    /** Fired when a replicated unit changed: what reads units (names, codes, lineage) may read differently now. */
    public record Changed(String key) {
    }

    /** One lineage edge seen from this unit. */
    @Embeddable
    public static class Link {
        @Enumerated(EnumType.STRING)
        public Direction direction;

        @Column(name = "other_key")
        public String otherKey;

        @Enumerated(EnumType.STRING)
        public LineageKind kind;

        @Column(name = "effective_date")
        public LocalDate effectiveDate;

        public Link() {
        }

        public Link(Direction direction, String otherKey, LineageKind kind, LocalDate effectiveDate) {
            this.direction = direction;
            this.otherKey = otherKey;
            this.kind = kind;
            this.effectiveDate = effectiveDate;
        }
    }

    @Id
    @Column(name = "unit_key")
    public String key;

    public String code;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    public String level;

    @Column(name = "parent_key")
    public String parentKey;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "replicated_at")
    public Instant replicatedAt;

    @ElementCollection
    @CollectionTable(name = "unit_replica_link", joinColumns = @JoinColumn(name = "unit_key"))
    public List<Link> links = new ArrayList<>();

    /**
     * The keys of the units of a level that held these codes on a date, by code: how an index that names units by code
     * (SIPAS, PAPI, PCI) reaches lineage. A code no unit held then is absent.
     */
    public static Map<String, String> keysByCode(Collection<String> codes, String level, LocalDate on) {
        Map<String, String> keys = new HashMap<>();
        if (!codes.isEmpty()) {
            UnitReplica.<UnitReplica>list("code in ?1 and level = ?2 and validFrom <= ?3 and (validTo is null or validTo >= ?3)",
                    codes, level, on).forEach(unit -> keys.put(unit.code, unit.key));
        }
        return keys;
    }

    public List<Link> links(Direction direction) {
        return links.stream().filter(link -> link.direction == direction).toList();
    }
}

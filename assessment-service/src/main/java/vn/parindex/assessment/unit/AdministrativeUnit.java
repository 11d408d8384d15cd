package vn.parindex.assessment.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.assessment.SearchName;

/**
 * A province, ministry, department, district or commune, valid over a range of dates. A code names a unit only
 * together with its validity (24 was Bắc Giang until 2025-06-30 and is the merged Bắc Ninh from 2025-07-01), so the
 * unit's key is {@code code@validFrom}. Its {@code version} increases by one with every change, its lineage included,
 * and is both the optimistic-lock token of the API and the event version.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit extends PanacheEntityBase {

    @Id
    @Column(name = "unit_key")
    public String key;

    public String code;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Column(name = "parent_key")
    public String parentKey;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static String keyOf(String code, LocalDate validFrom) {
        return code + "@" + validFrom;
    }

    /** The code of a unit key ("24@2008-08-01" -> "24"). */
    public static String codeOf(String key) {
        return key == null ? null : key.substring(0, key.indexOf('@'));
    }

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public void rename(String newName) {
        this.name = newName;
        this.searchName = SearchName.fold(newName);
    }
}

package vn.parindex.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A province, ministry, department, district or commune, valid over a range of dates. Its {@code version}
 * increases by one with every change and is both the optimistic-lock token of the API and the event version.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public void rename(String newName) {
        this.name = newName;
        this.searchName = SearchName.fold(newName);
    }
}

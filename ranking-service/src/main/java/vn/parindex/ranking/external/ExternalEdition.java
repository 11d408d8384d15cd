package vn.parindex.ranking.external;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The title an importer gave a year of an external index; a year without one is titled "PAPI 2021". */
@Entity
@Table(name = "external_edition")
@IdClass(ExternalEdition.Id.class)
public class ExternalEdition extends PanacheEntityBase {

    public record Id(String indexCode, int year) implements Serializable {
    }

    @jakarta.persistence.Id
    @Column(name = "index_code")
    public String indexCode;

    @jakarta.persistence.Id
    public int year;

    public String title;
}

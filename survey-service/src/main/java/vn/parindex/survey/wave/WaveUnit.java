package vn.parindex.survey.wave;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A unit in a wave's scope and its target sample. */
@Entity
@Table(name = "wave_unit")
@IdClass(WaveUnit.Key.class)
public class WaveUnit extends PanacheEntityBase {

    public record Key(String waveCode, String unitCode) implements Serializable {
    }

    @Id
    @Column(name = "wave_code")
    public String waveCode;

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    /** Transactions or users in the period, when the target was derived from it. */
    public Long population;

    public int target;
}

package vn.parindex.survey.result;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A unit's satisfaction result in a wave as last computed and published: {@code revision} is the tally revision it
 * was computed from, {@code version} the per-key version of its event.
 */
@Entity
@Table(name = "unit_result")
@IdClass(UnitResult.Key.class)
public class UnitResult extends PanacheEntityBase {

    public record Key(String waveCode, String unitCode) implements Serializable {
    }

    @Id
    @Column(name = "wave_code")
    public String waveCode;

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    public long revision;

    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @Column(name = "computed_at")
    public Instant computedAt;
}

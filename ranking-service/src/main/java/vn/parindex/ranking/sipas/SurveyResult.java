package vn.parindex.ranking.sipas;

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

/** A unit's satisfaction in a survey wave, replicated from parindex.internal.survey-progress.v1; final once the wave closed. */
@Entity
@Table(name = "survey_result")
@IdClass(SurveyResult.Id.class)
public class SurveyResult extends PanacheEntityBase {

    public record Id(String waveCode, String unitCode) implements Serializable {
    }

    /** One factor's satisfaction with its standard error. */
    /** A factor's satisfaction with its 95 % interval (the survey's bootstrap; null in results replicated before it was kept). */
    public record Factor(String code, String name, BigDecimal percent, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh) {
    }

    @jakarta.persistence.Id
    @Column(name = "wave_code")
    public String waveCode;

    @jakarta.persistence.Id
    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "wave_name")
    public String waveName;

    public int year;

    @Column(name = "unit_level")
    public String unitLevel;

    @Column(name = "wave_status")
    public String waveStatus;

    @Column(name = "unit_name")
    public String unitName;

    public long respondents;

    @Column(name = "index_percent")
    public BigDecimal indexPercent;

    @Column(name = "standard_error")
    public BigDecimal standardError;

    @Column(name = "ci_low")
    public BigDecimal ciLow;

    @Column(name = "ci_high")
    public BigDecimal ciHigh;

    public String band;

    @Column(name = "band_name")
    public String bandName;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Factor> factors;

    public long version;

    /** How many units of the wave have a result, as the final result said: the official table waits for all of them. */
    @Column(name = "wave_results")
    public long waveResults;

    @Column(name = "replicated_at")
    public Instant replicatedAt;

    public boolean isFinal() {
        return "CLOSED".equals(waveStatus);
    }
}

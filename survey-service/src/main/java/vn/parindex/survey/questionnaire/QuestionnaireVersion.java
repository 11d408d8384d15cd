package vn.parindex.survey.questionnaire;

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

/** One immutable version of a questionnaire; the document is stored with its defaults filled in. */
@Entity
@Table(name = "questionnaire")
@IdClass(QuestionnaireVersion.Key.class)
public class QuestionnaireVersion extends PanacheEntityBase {

    public record Key(String code, int version) implements Serializable {
    }

    @Id
    public String code;

    @Id
    public int version;

    public String name;

    public boolean template;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}

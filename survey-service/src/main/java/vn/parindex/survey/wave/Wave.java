package vn.parindex.survey.wave;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey round: one questionnaire version, a year, a unit level and the units in scope with their target samples.
 * It takes responses from {@code opensOn} to {@code closesOn} (dates in Asia/Ho_Chi_Minh) unless closed earlier.
 */
@Entity
@Table(name = "wave")
public class Wave extends PanacheEntityBase {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Schema(name = "WaveStatus", description = "Where a survey wave (đợt khảo sát) stands: SCHEDULED before its opening date; "
            + "OPEN from its opening date to its closing date, taking responses; CLOSED past its closing date or closed early "
            + "by an administrator: no response is accepted and its results are final and public.")
    public enum Status {
        /** Before its opening date. */
        SCHEDULED,
        OPEN,
        /** Past its closing date or closed by an administrator; its results are final. */
        CLOSED
    }

    @Id
    public String code;

    public String name;

    @Column(name = "questionnaire_code")
    public String questionnaireCode;

    @Column(name = "questionnaire_version")
    public int questionnaireVersion;

    public int year;

    @Column(name = "unit_level")
    public String unitLevel;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "anonymous_submission")
    public boolean anonymousSubmission;

    @Column(name = "anonymous_per_minute")
    public int anonymousPerMinute;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** Optimistic-lock token of every change to the wave. */
    public long version;

    public Status status(Instant now) {
        LocalDate today = now.atZone(VIETNAM).toLocalDate();
        if (closedAt != null || today.isAfter(closesOn)) {
            return Status.CLOSED;
        }
        return today.isBefore(opensOn) ? Status.SCHEDULED : Status.OPEN;
    }
}

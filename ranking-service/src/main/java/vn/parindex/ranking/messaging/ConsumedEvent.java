package vn.parindex.ranking.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event this service applied; written in the same transaction as the event's effect. */
@Entity
@Table(name = "consumed_event")
public class ConsumedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    public String topic;

    @Column(name = "record_key")
    public String recordKey;

    public long version;

    @Column(name = "consumed_at")
    public Instant consumedAt;

    static ConsumedEvent of(String eventId, String topic, String key, long version) {
        ConsumedEvent consumed = new ConsumedEvent();
        consumed.eventId = eventId;
        consumed.topic = topic;
        consumed.recordKey = key;
        consumed.version = version;
        consumed.consumedAt = Instant.now();
        return consumed;
    }
}

package vn.parindex.survey.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event waiting to be published; written in the transaction of the change it describes. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Publication order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    /** The CloudEvents id. */
    public UUID id;

    public String topic;

    @Column(name = "record_key")
    public String recordKey;

    public String type;

    public String payload;

    /** W3C trace context of the change, so that one trace spans the write, the event and its consumers. */
    public String traceparent;

    public String tracestate;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}

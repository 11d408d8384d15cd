package vn.parindex.assessment.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Records events in the caller's transaction; {@link OutboxRelay} publishes them once it commits. */
@ApplicationScoped
public class Outbox {

    /** Fired with every append; the relay wakes up when the transaction commits. */
    public record Appended() {
    }

    private final ObjectMapper json;
    private final Event<Appended> appended;

    Outbox(ObjectMapper json, Event<Appended> appended) {
        this.json = json;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventType type, String key, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = type.topic;
        event.type = type.ceType;
        event.recordKey = key;
        event.payload = toJson(payload);
        event.occurredAt = Instant.now();
        Map<String, String> traceContext = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), traceContext, Map::put);
        event.traceparent = traceContext.get("traceparent");
        event.tracestate = traceContext.get("tracestate");
        if (event.traceparent == null) {
            // written by a background step (no request, no span): the record starts a trace of its own, so every
            // record a consumer reads carries a trace context
            event.traceparent = "00-" + IdGenerator.random().generateTraceId() + "-" + IdGenerator.random().generateSpanId() + "-01";
        }
        event.persist();
        appended.fire(new Appended());
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload " + payload.getClass().getSimpleName() + " is not serializable", e);
        }
    }
}

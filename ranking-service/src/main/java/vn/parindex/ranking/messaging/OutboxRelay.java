package vn.parindex.ranking.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.parindex.ranking.config.OutboxConfig;

/**
 * Publishes outbox rows as CloudEvents (binary mode) and deletes them only after the broker acknowledged.
 * Rows are claimed with FOR UPDATE SKIP LOCKED inside a transaction, so several replicas can relay side by
 * side and a crash between send and delete republishes (at least once; consumers drop what they hold).
 * While Kafka is unreachable the rows stay and are published when it returns.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final URI source;
    private final int batchSize;
    private final Duration pollInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager entityManager, MeterRegistry registry,
            OutboxConfig config) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.source = config.source();
        this.batchSize = config.batchSize();
        this.pollInterval = config.pollInterval();
        registry.gauge("parindex.outbox.pending", pending);
        this.published = registry.counter("parindex.outbox.published");
        this.failures = registry.counter("parindex.outbox.publish.failures");
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::relay, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp.release();
        worker.join(ACK_TIMEOUT.toMillis());
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        wakeUp.release();
    }

    private void relay() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                int count = QuarkusTransaction.requiringNew().call(this::publishBatch);
                backoff = pollInterval;
                if (count < batchSize) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("outbox relay could not publish (%s); %d events wait, retrying in %s", rootMessage(e),
                        pending.get(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager
                .createNativeQuery("SELECT * FROM outbox_event ORDER BY position LIMIT :limit FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList();
        // counting the backlog is a query of its own: not on the way of a batch that held everything waiting
        pending.set(batch.size() < batchSize ? batch.size() : OutboxEvent.count());
        if (batch.isEmpty()) {
            return 0;
        }
        // Send with the transaction suspended (its row locks stay held): the emitter must not carry the transaction
        // context onto the Kafka threads, or the commit finds other threads inside it.
        QuarkusTransaction.suspendingExisting().run(() ->
                Uni.join().all(batch.stream().map(this::send).toList()).andFailFast().await().atMost(ACK_TIMEOUT));
        OutboxEvent.delete("position in ?1", batch.stream().map(event -> event.position).toList());
        published.increment(batch.size());
        pending.addAndGet(-batch.size());
        LOG.debugf("published %d events, last %s", batch.size(), batch.get(batch.size() - 1).id);
        return batch.size();
    }

    private Uni<Void> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        if (event.traceparent != null) {
            headers.add("traceparent", event.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (event.tracestate != null) {
            headers.add("tracestate", event.tracestate.getBytes(StandardCharsets.UTF_8));
        }
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic)
                        .withKey(event.recordKey)
                        .withHeaders(headers)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.id.toString())
                        .withType(event.type)
                        .withSource(source)
                        .withSubject(event.recordKey)
                        .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
        return emitter.sendMessage(message);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

package vn.parindex.survey.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import vn.parindex.survey.Ingestion;
import vn.parindex.survey.SubmissionReader;

/**
 * The inbound channel: responses other agencies' systems put on {@code parindex.survey-responses.v1}, one JSON
 * response per record (plain or CloudEvents binary mode), taken in batches through the same ingestion as HTTP. A
 * record that is rejected or conflicts goes to the dead-letter topic with the reason; its offset is committed only
 * after that send is acknowledged, so nothing is dropped silently. A redelivered batch changes nothing: its responses
 * are duplicates by id.
 */
@ApplicationScoped
public class ResponseConsumer {

    private static final Logger LOG = Logger.getLogger(ResponseConsumer.class);
    static final String TYPE = "parindex.survey-response.submitted.v1";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    /** Per consumer; with the consumers of one instance, well inside the dead-letter emitter's buffer. */
    private static final int DEAD_LETTERS_IN_FLIGHT = 1_000;

    private final Ingestion ingestion;
    private final SubmissionReader reader;
    private final MutinyEmitter<byte[]> deadLetters;
    private final InboundPause pause;

    ResponseConsumer(Ingestion ingestion, ObjectMapper json, InboundPause pause,
            @Channel("dead-letter") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000) MutinyEmitter<byte[]> deadLetters) {
        this.ingestion = ingestion;
        this.reader = new SubmissionReader(json);
        this.deadLetters = deadLetters;
        this.pause = pause;
    }

    @Incoming("survey-responses")
    @Blocking
    // bytes, not strings: Jackson reads UTF-8 directly, without decoding every record into a String first
    public void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        pause.awaitOpen();
        List<ConsumerRecord<String, byte[]>> list = new ArrayList<>();
        records.forEach(list::add);
        Ingestion.Report report = ingestWithRetry(Ingestion.Row.readOnDemand(list.size(), index -> read(index, list.get(index))));
        int sent = 0;
        List<Uni<Void>> sends = new ArrayList<>();
        for (Ingestion.RowReport row : report.rows()) {
            if (row.outcome() == Ingestion.Outcome.REJECTED || row.outcome() == Ingestion.Outcome.CONFLICT) {
                sends.add(deadLetter(list.get(row.row()), row));
                if (sends.size() == DEAD_LETTERS_IN_FLIGHT) {
                    sent += awaitAll(sends);
                }
            }
        }
        sent += awaitAll(sends);
        if (sent > 0) {
            LOG.infof("%d of %d survey responses sent to the dead-letter topic", sent, list.size());
        }
    }

    /** Waits for the sends' acknowledgements; the emitter's buffer is bounded, so a batch of rejects goes in slices. */
    private static int awaitAll(List<Uni<Void>> sends) {
        int count = sends.size();
        if (count > 0) {
            Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
            sends.clear();
        }
        return count;
    }

    /**
     * A failure of the database is not the records' fault: the batch is retried, with growing pauses, until it goes
     * in. The partition waits meanwhile (nothing is skipped, nothing is committed), and readiness reports the database.
     */
    private Ingestion.Report ingestWithRetry(List<Ingestion.Row> rows) {
        Duration pause = Duration.ofSeconds(1);
        while (true) {
            try {
                return ingestion.ingest(rows, vn.parindex.survey.Channel.KAFKA, null);
            } catch (RuntimeException e) {
                LOG.warnf("a batch of %d survey responses could not be stored (%s); retrying in %s", rows.size(), e.getMessage(), pause);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private Ingestion.Row read(int number, ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type != null && !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return Ingestion.Row.unreadable(number, "ce_type", "records on this topic are of type " + TYPE);
        }
        if (record.value() == null) {
            return Ingestion.Row.unreadable(number, "value", "the record has no value");
        }
        Ingestion.Row row = SubmissionReader.row(number, "value", () -> reader.read(record.value()));
        String id = row.submission() == null ? null : row.submission().id();
        if (id != null && record.key() != null && !record.key().equals(id)) {
            return Ingestion.Row.unreadable(number, "id", "the record key " + record.key() + " is not the response id " + id);
        }
        return row;
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, byte[]> record, Ingestion.RowReport row) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add("dead-letter-reason", utf8(row.reason()));
        if (row.field() != null) {
            headers.add("dead-letter-field", utf8(row.field()));
        }
        headers.add("dead-letter-outcome", utf8(row.outcome().name()));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        return deadLetters.sendMessage(Message.of(record.value() == null ? new byte[0] : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

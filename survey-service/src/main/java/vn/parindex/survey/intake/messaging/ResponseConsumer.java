package vn.parindex.survey.intake.messaging;

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
import vn.parindex.survey.concurrency.TransientFailure;
import vn.parindex.survey.intake.Ingestion;
import vn.parindex.survey.intake.SubmissionReader;

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
    public static final String TYPE = "parindex.survey-response.submitted.v1";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    /** Per consumer; with the consumers of one instance, well inside the dead-letter emitter's buffer. */
    private static final int DEAD_LETTERS_IN_FLIGHT = 1_000;
    /** A dead letter's size with its headers: well under the producer's max.request.size and the broker's message limit (1 MB). */
    static final int DEAD_LETTER_MAX_BYTES = 900_000;

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
     * A refusal caused by the data (the database's class 22 or 23) is a record's fault: the batch is taken in one record
     * at a time, and the records the database refuses go to the dead letters with the reason, the others in.
     */
    private Ingestion.Report ingestWithRetry(List<Ingestion.Row> rows) {
        Duration pause = Duration.ofSeconds(1);
        while (true) {
            try {
                return ingestion.ingest(rows, vn.parindex.survey.intake.Channel.KAFKA, null);
            } catch (RuntimeException e) {
                if (TransientFailure.isDataFault(e) && rows.size() == 1) {
                    Ingestion.Row row = rows.get(0);
                    return Ingestion.Report.of(1, List.of(new Ingestion.RowReport(row.number(), row.submission() == null ? null
                            : row.submission().id(), Ingestion.Outcome.REJECTED, "value", "the database refused the response (SQL state "
                            + TransientFailure.state(e) + ")", Ingestion.RejectionKind.CONTENT)));
                }
                if (TransientFailure.isDataFault(e)) {
                    LOG.warnf("a batch of %d survey responses holds one the database refuses (%s); taking them one at a time",
                            rows.size(), TransientFailure.state(e));
                    return oneAtATime(rows);
                }
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

    private Ingestion.Report oneAtATime(List<Ingestion.Row> rows) {
        List<Ingestion.RowReport> reports = new ArrayList<>();
        for (Ingestion.Row row : rows) {
            reports.addAll(ingestWithRetry(List.of(row)).rows());
        }
        return Ingestion.Report.of(rows.size(), reports);
    }

    private Ingestion.Row read(int number, ConsumerRecord<String, byte[]> record) {
        EnvelopeFault envelope = envelopeFault(record.headers());
        if (envelope != null) {
            return Ingestion.Row.unreadable(number, envelope.header(), envelope.reason());
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

    /** The header of the envelope at fault, and why. */
    record EnvelopeFault(String header, String reason) {
    }

    /**
     * What is wrong with the record's CloudEvents envelope, or null. A record with any {@code ce_}
     * header is a CloudEvent in binary mode and carries them all: specversion 1.0, an id, a source and this topic's
     * type. Its content type, when given (CloudEvent or plain record), is JSON.
     */
    static EnvelopeFault envelopeFault(org.apache.kafka.common.header.Headers headers) {
        boolean cloudEvent = false;
        for (Header header : headers) {
            cloudEvent |= header.key().startsWith("ce_");
        }
        String contentType = header(headers, "content-type");
        if (contentType != null && !contentType.strip().toLowerCase(java.util.Locale.ROOT).matches("application/(cloudevents\\+)?json\\s*(;.*)?")) {
            return new EnvelopeFault("content-type", "a survey response is JSON (application/json), not " + contentType);
        }
        if (!cloudEvent) {
            return null;
        }
        if (!"1.0".equals(header(headers, "ce_specversion"))) {
            return new EnvelopeFault("ce_specversion", "records on this topic are CloudEvents 1.0");
        }
        for (String required : List.of("ce_id", "ce_source")) {
            String value = header(headers, required);
            if (value == null || value.isBlank()) {
                return new EnvelopeFault(required, "a CloudEvent needs " + required.substring(3));
            }
        }
        if (!TYPE.equals(header(headers, "ce_type"))) {
            return new EnvelopeFault("ce_type", "records on this topic are of type " + TYPE);
        }
        return null;
    }

    private static String header(org.apache.kafka.common.header.Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The record as it came, with the reason in headers. A copy that would not fit under {@link #DEAD_LETTER_MAX_BYTES}
     * (a record near the broker's limit, plus the reason) keeps the start of its value and says so in
     * {@code dead-letter-truncated} and {@code dead-letter-original-bytes}: a dead letter that cannot be sent would stop
     * the channel, and the whole record stays on the inbound topic for its retention.
     */
    private Uni<Void> deadLetter(ConsumerRecord<String, byte[]> record, Ingestion.RowReport row) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add("dead-letter-reason", utf8(shortened(row.reason())));
        if (row.field() != null) {
            headers.add("dead-letter-field", utf8(shortened(row.field())));
        }
        headers.add("dead-letter-outcome", utf8(row.outcome().name()));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        byte[] value = record.value() == null ? new byte[0] : record.value();
        int room = DEAD_LETTER_MAX_BYTES - (record.key() == null ? 0 : utf8(record.key()).length);
        for (Header header : headers) {
            room -= header.key().length() + (header.value() == null ? 0 : header.value().length) + 16;
        }
        if (value.length > room - 128) {
            headers.add("dead-letter-truncated", utf8("true"));
            headers.add("dead-letter-original-bytes", utf8(Integer.toString(value.length)));
            value = java.util.Arrays.copyOf(value, Math.max(0, room - 128));
        }
        return deadLetters.sendMessage(Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()));
    }

    private static String shortened(String text) {
        return text.length() <= 1_000 ? text : text.substring(0, 1_000) + "…";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

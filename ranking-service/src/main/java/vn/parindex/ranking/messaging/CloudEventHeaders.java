package vn.parindex.ranking.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads the CloudEvents headers a record must carry; a record without them cannot be applied. */
public final class CloudEventHeaders {

    private CloudEventHeaders() {
    }

    public static String required(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalArgumentException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The event's id, after checking that its type is the one expected on this topic. */
    public static String eventId(ConsumerRecord<String, String> record, String expectedType) {
        String type = required(record, "ce_type");
        if (!expectedType.equals(type)) {
            throw new IllegalArgumentException("unexpected event type " + type + " on " + record.topic());
        }
        return required(record, "ce_id");
    }
}

package vn.parindex.survey.intake.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The inbound topic takes plain JSON records or complete CloudEvents 1.0 in binary mode; anything else is named. */
class EnvelopeTest {

    @Test
    void aPlainJsonRecordAndACompleteCloudEventPass() {
        assertNull(ResponseConsumer.envelopeFault(new RecordHeaders()));
        assertNull(ResponseConsumer.envelopeFault(headers("content-type", "application/json; charset=utf-8")));
        assertNull(ResponseConsumer.envelopeFault(cloudEvent()));
    }

    @Test
    void anIncompleteOrForeignEnvelopeIsNamed() {
        RecordHeaders old = cloudEvent();
        old.remove("ce_specversion");
        old.add("ce_specversion", utf8("0.3"));
        assertEquals("ce_specversion", ResponseConsumer.envelopeFault(old).header());
        RecordHeaders noId = cloudEvent();
        noId.remove("ce_id");
        assertEquals("ce_id", ResponseConsumer.envelopeFault(noId).header());
        RecordHeaders noSource = cloudEvent();
        noSource.remove("ce_source");
        assertEquals("ce_source", ResponseConsumer.envelopeFault(noSource).header());
        RecordHeaders otherType = cloudEvent();
        otherType.remove("ce_type");
        otherType.add("ce_type", utf8("parindex.something.else.v1"));
        assertEquals("ce_type", ResponseConsumer.envelopeFault(otherType).header());
        RecordHeaders text = cloudEvent();
        text.add("content-type", utf8("text/plain"));
        assertEquals("content-type", ResponseConsumer.envelopeFault(text).header());
        assertEquals("content-type", ResponseConsumer.envelopeFault(headers("content-type", "application/xml")).header());
    }

    private static RecordHeaders cloudEvent() {
        RecordHeaders headers = headers("ce_specversion", "1.0");
        headers.add("ce_id", utf8("9f1c"));
        headers.add("ce_source", utf8("/kiosk/bac-giang/07"));
        headers.add("ce_type", utf8(ResponseConsumer.TYPE));
        return headers;
    }

    private static RecordHeaders headers(String key, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(key, utf8(value));
        return headers;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package vn.parindex.survey.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token reader gives what binding the record with the service's mapper (unknown fields ignored) gives. */
class SubmissionReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final SubmissionReader READER = new SubmissionReader(JSON);

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"r-1\",\"wave\":\"SIPAS-2020\",\"unit\":\"24\",\"answers\":{\"TC1\":5,\"TC2\":\"Hài lòng\",\"TC3\":null,\"TC4\":\"\"},\"profile\":{\"age\":\"30-39\",\"sex\":\"F\"}}",
            "{\"id\":12,\"unit\":24,\"answers\":{\"A\":4.0,\"B\":4.5,\"C\":9999999999,\"D\":true,\"E\":[1],\"F\":{\"x\":1}}}",
            "{\"source\":{\"system\":\"kiosk\",\"at\":[1,2]},\"id\":\"r-2\",\"answers\":{\"A\":1,\"A\":\"\"},\"extra\":null}",
            "{\"id\":\"r-3\",\"answers\":null,\"profile\":null}",
            "{}",
            "  {\"id\":\"r-4\",\"answers\":{}}  " })
    void readsWhatTheMapperReads(String response) throws IOException {
        Ingestion.Submission expected = JSON.readValue(response, Ingestion.Submission.class);
        byte[] bytes = ("xx" + response + "yy").getBytes(StandardCharsets.UTF_8);
        int length = response.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(expected, READER.read(bytes, 2, length));
        assertEquals(expected, READER.read(response.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRepeatedKeyKeepsItsLastAnswerInItsFirstPlace() throws IOException {
        Ingestion.Submission read = READER.read("{\"answers\":{\"A\":1,\"B\":2,\"A\":\"\"}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("A", "B"), List.copyOf(read.answers().keySet()));
        assertEquals("", read.answers().get("A").asText());
        assertNull(read.profile());
    }

    @Test
    void aResponseWithMoreEntriesThanAnyQuestionnaireHasIsRefusedAtOnce() {
        StringBuilder many = new StringBuilder("{\"answers\":{");
        for (int i = 0; i < 80_000; i++) {
            many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        byte[] response = many.append("}}").toString().getBytes(StandardCharsets.UTF_8);
        IOException refused = assertThrows(IOException.class, () -> READER.read(response));
        assertTrue(refused.getMessage().contains("at most " + SubmissionReader.MAX_ENTRIES), refused.getMessage());
        // the same key over and over counts too
        byte[] repeated = ("{\"answers\":{" + "\"A\":1,".repeat(SubmissionReader.MAX_ENTRIES) + "\"A\":2}}").getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> READER.read(repeated));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"id\": 12, ", "[1,2]", "\"text\"", "", "{\"id\":{\"a\":1}}", "{\"answers\":[4,5]}",
            "{\"profile\":\"F\"}", "{\"id\":\"r\",}" })
    void refusesWhatTheMapperRefuses(String response) {
        assertThrows(IOException.class, () -> JSON.readValue(response, Ingestion.Submission.class));
        assertThrows(IOException.class, () -> READER.read(response.getBytes(StandardCharsets.UTF_8)));
    }
}

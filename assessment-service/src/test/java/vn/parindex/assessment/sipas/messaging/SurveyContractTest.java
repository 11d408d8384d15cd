package vn.parindex.assessment.sipas.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What this service reads of survey results is what survey-service's AsyncAPI document says it publishes. */
class SurveyContractTest {

    private static final Path PRODUCER_DOCUMENT = Path.of("../survey-service/src/main/resources/META-INF/resources/asyncapi.yaml");

    @Test
    void everyFieldReadIsPublished() throws IOException {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(PRODUCER_DOCUMENT.toFile()).path("components").path("schemas");
        assertReads(SurveyResultChanged.class, schemas.path("SurveyResultChanged"));
        assertReads(SurveyResultChanged.Result.class, schemas.path("SatisfactionResult"));
        assertReads(SurveyResultChanged.Estimate.class, schemas.path("Estimate"));
    }

    private static void assertReads(Class<? extends Record> type, JsonNode schema) {
        Set<String> read = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> published = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(published::add);
        assertTrue(!published.isEmpty() && published.containsAll(read), type.getSimpleName() + " reads " + read + ", published " + published);
    }
}

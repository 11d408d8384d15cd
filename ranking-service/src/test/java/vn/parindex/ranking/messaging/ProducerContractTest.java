package vn.parindex.ranking.messaging;

import vn.parindex.ranking.LineageKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import vn.parindex.ranking.unit.UnitChanged;
import vn.parindex.ranking.par.AssessmentResultChanged;
/** Checks this service's reading of assessment-service's events against the producer's AsyncAPI document. */
class ProducerContractTest {

    private static final Path PRODUCER_DOCUMENT = Path.of("../assessment-service/src/main/resources/META-INF/resources/asyncapi.yaml");

    private static final JsonNode PRODUCER = producerDocument();

    private final JsonNode schema = inline(PRODUCER, producerSchema("UnitChanged"));

    @Test
    void everyFieldThisServiceReadsIsOneTheProducerPublishes() {
        Set<String> read = Arrays.stream(UnitChanged.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> published = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(published::add);
        assertTrue(published.containsAll(read), "read " + read + " but the producer publishes " + published);
    }

    @Test
    void anEventAsThisServiceUnderstandsItIsValidForTheProducersSchema() throws IOException {
        UnitChanged event = new UnitChanged("24@2008-08-01", "24", "Tỉnh Bắc Giang", "PROVINCE", null, LocalDate.of(2008, 8, 1),
                LocalDate.of(2025, 6, 30), List.of(),
                List.of(new UnitChanged.Link("24@2025-07-01", LineageKind.MERGE, LocalDate.of(2025, 7, 1))), 3,
                Instant.parse("2025-07-01T00:00:00Z"));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectNode withDialect = schema.deepCopy();
        withDialect.put("$schema", "https://json-schema.org/draft/2020-12/schema");

        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(withDialect)
                .validate(json.readTree(json.writeValueAsString(event)));

        assertEquals(List.of(), List.copyOf(errors));
    }

    /** The schema with every local $ref replaced by what it points to, so that it validates on its own. */
    private static JsonNode inline(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        if (resolved.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : resolved.properties()) {
                copy.set(field.getKey(), inline(document, field.getValue()));
            }
            return copy;
        }
        if (resolved.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            resolved.forEach(item -> copy.add(inline(document, item)));
            return copy;
        }
        return resolved;
    }

    @Test
    void everyResultFieldThisServiceReadsIsOneTheProducerPublishes() {
        assertTrue(properties(producerSchema("AssessmentResultChanged")).containsAll(components(AssessmentResultChanged.class)));
        assertTrue(properties(producerSchema("NodeScore")).containsAll(components(AssessmentResultChanged.Area.class)));
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode producerSchema(String name) {
        return PRODUCER.at("/components/schemas/" + name);
    }

    private static JsonNode producerDocument() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(PRODUCER_DOCUMENT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the producer's AsyncAPI document " + PRODUCER_DOCUMENT, e);
        }
    }
}

package vn.parindex.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The service's AsyncAPI document, read as data: channels, message types and payload schemas. */
public final class AsyncApiContract {

    public static final Path DOCUMENT = Path.of("src/main/resources/META-INF/resources/asyncapi.yaml");

    private final JsonNode document;

    private AsyncApiContract(JsonNode document) {
        this.document = document;
    }

    public static AsyncApiContract parse(String yaml) {
        try {
            return new AsyncApiContract(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AsyncApiContract read(Path path) {
        try {
            return new AsyncApiContract(new ObjectMapper(new YAMLFactory()).readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topic address to the CloudEvents types of the messages on it. */
    public Map<String, Set<String>> messageTypesByTopic() {
        Map<String, Set<String>> result = new TreeMap<>();
        document.path("channels").forEach(channel -> {
            Set<String> types = new java.util.TreeSet<>();
            channel.path("messages").forEach(message -> types.add(resolve(message).path("name").asText()));
            result.put(channel.path("address").asText(), types);
        });
        return result;
    }

    /** Validates a payload against the schema of the message with that CloudEvents type; empty when valid. */
    public Set<ValidationMessage> validate(String ceType, String payloadJson) {
        JsonNode message = null;
        for (Iterator<JsonNode> it = document.path("components").path("messages").elements(); it.hasNext();) {
            JsonNode candidate = it.next();
            if (candidate.path("name").asText().equals(ceType)) {
                message = candidate;
            }
        }
        if (message == null) {
            throw new IllegalArgumentException("the AsyncAPI document has no message " + ceType);
        }
        ObjectNode schema = (ObjectNode) inline(message.path("payload"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        try {
            return validator.validate(new ObjectMapper().readTree(payloadJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema with every local $ref replaced by what it points to, so that it validates on its own. */
    public JsonNode inline(JsonNode node) {
        JsonNode resolved = resolve(node);
        if (resolved.isObject()) {
            ObjectNode copy = new ObjectMapper().createObjectNode();
            resolved.properties().forEach(field -> copy.set(field.getKey(), inline(field.getValue())));
            return copy;
        }
        if (resolved.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = new ObjectMapper().createArrayNode();
            resolved.forEach(item -> copy.add(inline(item)));
            return copy;
        }
        return resolved;
    }

    /** The schema of a component, inlined. */
    public JsonNode schema(String name) {
        return inline(document.at("/components/schemas/" + name));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}

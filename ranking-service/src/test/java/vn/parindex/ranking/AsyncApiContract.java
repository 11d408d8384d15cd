package vn.parindex.ranking;

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
import java.util.List;
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

    /** Topic address to the tags its channel carries ("public" or "internal"). */
    public Map<String, Set<String>> tagsByTopic() {
        Map<String, Set<String>> result = new TreeMap<>();
        document.path("channels").forEach(channel -> {
            Set<String> tags = new java.util.TreeSet<>();
            channel.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
            result.put(channel.path("address").asText(), tags);
        });
        return result;
    }

    /** Whether each channel says who may read it: internal exactly for the topics under parindex.internal. */
    public List<String> visibilityFaults() {
        List<String> faults = new java.util.ArrayList<>();
        tagsByTopic().forEach((topic, tags) -> {
            Set<String> expected = Set.of(topic.startsWith("parindex.internal.") ? "internal" : "public");
            if (!tags.equals(expected)) {
                faults.add(topic + " is tagged " + tags + ", not " + expected);
            }
        });
        return faults;
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
        ObjectNode schema = standalone(message.path("payload"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        try {
            return validator.validate(new ObjectMapper().readTree(payloadJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The payload schema as a document of its own: the component schemas move under $defs and the references follow,
     * so that recursive schemas (a node and its children) validate too.
     */
    private ObjectNode standalone(JsonNode payload) {
        ObjectNode root = (ObjectNode) rewriteReferences(resolve(payload).deepCopy());
        root.set("$defs", rewriteReferences(document.path("components").path("schemas").deepCopy()));
        return root;
    }

    private static JsonNode rewriteReferences(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("$ref")) {
                object.put("$ref", object.get("$ref").asText().replace("#/components/schemas/", "#/$defs/"));
            }
            object.properties().forEach(field -> rewriteReferences(field.getValue()));
        } else if (node.isArray()) {
            node.forEach(AsyncApiContract::rewriteReferences);
        }
        return node;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}

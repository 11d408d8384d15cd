package vn.parindex.ranking.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The engine of every service's {@code OpenApiFuzzTest}, kept identical across services (the copy guard checks it):
 * requests generated from the service's own OpenAPI document, each broken on purpose (a hostile path or query value,
 * a body that is not JSON, a body of the wrong shape, one field of the right body made hostile, a wrong If-Match or
 * content type), sent with a valid token over every operation: no 5xx, every 4xx is problem+json, no Java class in
 * any body, and what the service watches unchanged afterwards. A service says what it watches, which values it holds
 * for path parameters and which tokens its callers carry.
 */
public abstract class OpenApiFuzz {

    private static final int REQUESTS = 2_400;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PORT = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    /** Values no field of the API accepts: control characters, half a surrogate, far too long, beyond any number. */
    private static final List<String> HOSTILE_TEXT = List.of("\u0000", "a\u0000b", "\u001B[2J", "\uD800", "x".repeat(100_000),
            "'; DROP TABLE unit; --\u0000", "\u0000<script>alert(1)</script>");
    private static final List<String> HOSTILE_PARAMETERS = List.of("\u0000", "a\u0000b", "%00", "x".repeat(3_000), "-1",
            "99999999999999999999", "1e309", "NaN", "../../etc/passwd", "'; DROP TABLE unit; --", "\uD800", "=cmd|'/C calc'!A0",
            " ", "null", "{}", "[]", "Bắc Giang");
    private static final List<JsonNode> WRONG_VALUES = List.of(NODES.textNode("\u0000"), NODES.textNode("x".repeat(100_000)),
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
            NODES.arrayNode().add(NODES.objectNode()), NODES.objectNode().put("a", "\u0000"), NODES.textNode("\uD800"));
    private static final List<String> FORBIDDEN_IN_BODIES = List.of("vn.parindex", "java.", "jakarta.", "Exception", "org.hibernate",
            "com.fasterxml");

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261202);
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void twoThousandBrokenRequestsOverEveryOperationNeverGetA5xxOrAJavaClass() throws Exception {
        JsonNode document = json.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<Operation> operations = operations(document);
        assertTrue(operations.size() >= 10, "the document lists the operations: " + operations);
        Map<String, String> before = watched();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        while (sent < REQUESTS) {
            for (Operation operation : operations) {
                send(document, operation, failures);
                sent++;
                if (failures.size() > 20) {
                    break;
                }
            }
            if (failures.size() > 20) {
                break;
            }
        }
        assertEquals(List.of(), failures, "requests answered wrongly");
        // most requests must reach the service's own checks, not stop at the door
        assertTrue(statuses.getOrDefault(400, 0) > sent / 5, "answers by status: " + statuses);
        assertEquals(before, watched(), "what the service holds is unchanged");
    }

    /** What must not change, as the public reads it, before and after the requests. */
    protected abstract Map<String, String> watched();

    /** A value the service holds for a path or query parameter, so that a request gets past "not found"; null for none. */
    protected String known(String path, String name) {
        return null;
    }

    /** The tokens the requests carry, one drawn for each. */
    protected abstract List<String> tokens();

    private void send(JsonNode document, Operation operation, List<String> failures) throws Exception {
        String path = operation.path();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token());
        StringBuilder query = new StringBuilder();
        String broken = "";
        int kind = random.nextInt(7);
        boolean hasBody = operation.bodySchema() != null || operation.mediaType() != null;
        if (!hasBody && kind >= 2 && kind <= 4) {
            kind = random.nextBoolean() ? 0 : 1;
        }
        boolean queries = operation.parameters().stream().anyMatch(p -> "query".equals(p.in()));
        boolean versioned = operation.parameters().stream().anyMatch(p -> "header".equals(p.in()));
        if (kind == 1 && !queries && !"get".equals(operation.method())) {
            // an unknown query parameter breaks nothing: a write is broken where it can be
            kind = versioned ? 5 : 0;
        }
        if (kind == 6 && !hasBody) {
            kind = versioned ? 5 : 0;
        }
        for (Parameter parameter : operation.parameters()) {
            String value = known(operation.path(), parameter.name());
            value = value != null ? value : sample(parameter.schema());
            if ("path".equals(parameter.in())) {
                if (kind == 0 && broken.isEmpty()) {
                    value = pick(HOSTILE_PARAMETERS);
                    broken = "path " + parameter.name() + "=" + shown(value);
                }
                path = path.replace("{" + parameter.name() + "}", encode(value));
            } else if ("query".equals(parameter.in()) && (kind == 1 || random.nextInt(3) == 0)) {
                if (kind == 1 && broken.isEmpty()) {
                    value = pick(HOSTILE_PARAMETERS);
                    broken = "query " + parameter.name() + "=" + shown(value);
                }
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(encode(value));
            } else if ("header".equals(parameter.in())) {
                request.header(parameter.name(), kind == 5 ? "\"" + pick(List.of("abc", "-1", "99999999999999999999", "W/", "0")) + "\"" : "1");
                broken = kind == 5 ? "If-Match" : broken;
            }
        }
        if (kind == 1 && broken.isEmpty()) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(encode(pick(HOSTILE_PARAMETERS)));
            broken = "an unknown query parameter";
        }
        if (kind == 0 && broken.isEmpty()) {
            path = path + "/" + encode(pick(HOSTILE_PARAMETERS));
            broken = "a hostile path segment";
        }
        byte[] body = null;
        if (hasBody) {
            String mediaType = operation.mediaType() == null ? "application/json" : operation.mediaType();
            if (kind == 2) {
                body = pick(List.of("{\"a\": ", "not json at all", "\u0000", "{\"a\":1}}", "[" .repeat(5_000), "")).getBytes(StandardCharsets.UTF_8);
                broken = "a body that is not JSON";
            } else if (kind == 3) {
                body = pick(List.of("[]", "\"text\"", "42", "null", "true", "[[[[[[[[[[1]]]]]]]]]]", "{\"a\":".repeat(3_000) + "1"
                        + "}".repeat(3_000))).getBytes(StandardCharsets.UTF_8);
                broken = "a body of the wrong shape";
            } else if (kind == 6) {
                request.header("Content-Type", pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png")));
                body = "{}".getBytes(StandardCharsets.UTF_8);
                broken = "a content type the operation does not take";
                mediaType = null;
            } else {
                JsonNode valid = example(document, operation.bodySchema(), 0);
                JsonNode mutated = mutate(valid);
                body = mediaType.contains("json") ? mutated.toString().getBytes(StandardCharsets.UTF_8) : garbage();
                broken = broken.isEmpty() ? "one field made hostile" : broken;
            }
            if (mediaType != null) {
                request.header("Content-Type", mediaType);
            }
        }
        request.uri(URI.create("http://127.0.0.1:" + PORT + path + query)).method(operation.method().toUpperCase(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        check(operation + " with " + broken, response, failures);
    }

    private void check(String what, HttpResponse<String> response, List<String> failures) {
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String body = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (status >= 500) {
            failures.add(what + ": " + status + " " + shown(body));
        } else if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            failures.add(what + ": " + status + " with content type " + contentType);
        }
        for (String forbidden : FORBIDDEN_IN_BODIES) {
            if (status >= 400 && body.contains(forbidden)) {
                failures.add(what + ": " + status + " names " + forbidden + ": " + shown(body));
            }
        }
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (path.getKey().startsWith("/test/")) {
                return; // resources of other tests, not the service's
            }
            List<Parameter> parameters = new ArrayList<>();
            method.getValue().path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("schema"))));
            JsonNode content = method.getValue().path("requestBody").path("content");
            String mediaType = null;
            JsonNode schema = null;
            Iterator<String> types = content.fieldNames();
            if (types.hasNext()) {
                mediaType = types.next();
                schema = content.path(mediaType).path("schema");
            }
            operations.add(new Operation(method.getKey(), path.getKey(), parameters, mediaType, schema));
        }));
        return operations;
    }

    /** A plausible value of the schema: the shape the operation expects, before one part of it is broken. */
    private JsonNode example(JsonNode document, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return example(document, document.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> NODES.textNode("2020-01-01".equals(schema.path("format").asText()) ? "2020-01-01" : "X1");
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(example(document, schema.path("items"), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), example(document, p.getValue(), depth + 1)));
                if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    object.set("K1", example(document, schema.get("additionalProperties"), depth + 1));
                }
                yield object;
            }
        };
    }

    /** The example with one value (or key) replaced by one no field accepts. */
    private JsonNode mutate(JsonNode example) {
        if (example.isObject() && example.size() > 0) {
            ObjectNode copy = ((ObjectNode) example).deepCopy();
            List<String> names = new ArrayList<>();
            copy.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            if (random.nextInt(4) == 0) {
                copy.set(pick(HOSTILE_TEXT), copy.remove(name));
            } else if (copy.get(name).isContainerNode() && random.nextBoolean()) {
                copy.set(name, mutate(copy.get(name)));
            } else {
                copy.set(name, pick(WRONG_VALUES));
            }
            return copy;
        }
        if (example.isArray() && example.size() > 0) {
            ArrayNode copy = NODES.arrayNode();
            copy.add(mutate(example.get(0)));
            return copy;
        }
        return pick(WRONG_VALUES);
    }

    private String sample(JsonNode schema) {
        return switch (schema.path("type").asText("string")) {
            case "integer" -> "1";
            case "boolean" -> "true";
            default -> schema.has("enum") ? schema.get("enum").get(0).asText() : "X1";
        };
    }

    private byte[] garbage() {
        byte[] bytes = new byte[64 + random.nextInt(512)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String token() {
        return pick(tokens());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shown(String text) {
        String visible = text.replace("\u0000", "\\u0000");
        return visible.length() > 300 ? visible.substring(0, 300) + "…" : visible;
    }
}

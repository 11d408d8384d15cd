package vn.parindex.survey.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads one response of a batch (NDJSON line, Kafka record, element of a JSON array) straight from its UTF-8 bytes,
 * token by token. It gives what binding {@link Ingestion.Submission} with the mapper gives (unknown fields skipped,
 * numbers accepted as text, answers as sent) without a map entry and a node per answer: the batch channels read
 * hundreds of thousands of these a minute.
 */
public final class SubmissionReader {

    /** Where a response comes from: bytes, a parser, a tree. */
    @FunctionalInterface
    public interface Source {
        Ingestion.Submission read() throws IOException;
    }

    /** The most answers (or profile entries) one response may hold. */
    public static final int MAX_ENTRIES = 500;

    private final JsonFactory factory;

    public SubmissionReader(ObjectMapper json) {
        this.factory = json.getFactory();
    }

    /** The row of a batch: the response read from its source, or, naming {@code field}, why it is not one. */
    public static Ingestion.Row row(int number, String field, Source source) {
        try {
            return Ingestion.Row.of(number, source.read());
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            return Ingestion.Row.unreadable(number, field, "not a survey response: " + message);
        }
    }

    public Ingestion.Submission read(byte[] data) throws IOException {
        return read(data, 0, data.length);
    }

    public Ingestion.Submission read(byte[] data, int offset, int length) throws IOException {
        try (JsonParser parser = factory.createParser(data, offset, length)) {
            return read(parser, parser.nextToken());
        }
    }

    /** Reads the object that starts at the parser's current token. */
    public Ingestion.Submission read(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(parser, Ingestion.Submission.class,
                    "a response is a JSON object, not " + (start == null ? "nothing" : start.asString() == null ? start.name() : start.asString()));
        }
        String id = null;
        String wave = null;
        String unit = null;
        Answers answers = null;
        Answers profile = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = text(parser, value, field);
                case "wave" -> wave = text(parser, value, field);
                case "unit" -> unit = text(parser, value, field);
                case "answers" -> answers = entries(parser, value, field);
                case "profile" -> profile = entries(parser, value, field);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw MismatchedInputException.from(parser, Ingestion.Submission.class, "the response object is not closed");
        }
        return new Ingestion.Submission(id, wave, unit, answers, profile);
    }

    private static String text(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!value.isScalarValue()) {
            throw MismatchedInputException.from(parser, String.class, field + " must be text, not " + value.asString());
        }
        return parser.getText();
    }

    private static Answers entries(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(parser, Map.class, field + " must be an object of code and answer");
        }
        Answers entries = new Answers();
        int read = 0;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            if (++read > MAX_ENTRIES) {
                // no questionnaire has this many items: refused before the answers are looked at one by one
                throw MismatchedInputException.from(parser, Map.class, field + " holds at most " + MAX_ENTRIES + " entries");
            }
            JsonToken token = parser.nextToken();
            JsonNode answer;
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                answer = IntNode.valueOf(parser.getIntValue());
            } else if (token == JsonToken.VALUE_STRING) {
                answer = TextNode.valueOf(parser.getText());
            } else if (token == JsonToken.VALUE_NULL) {
                answer = NullNode.getInstance();
            } else {
                answer = parser.readValueAsTree();
            }
            entries.put(key, answer);
        }
        return entries;
    }

    /** The answers as sent, in order, in two arrays; a key sent twice keeps its last answer, as a JSON object would. */
    private static final class Answers extends AbstractMap<String, JsonNode> {
        private String[] keys = new String[32];
        private JsonNode[] values = new JsonNode[32];
        private int size;

        @Override
        public JsonNode put(String key, JsonNode value) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    JsonNode previous = values[i];
                    values[i] = value;
                    return previous;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
            return null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
            for (int i = 0; i < size; i++) {
                action.accept(keys[i], values[i]);
            }
        }

        @Override
        public Set<Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, JsonNode> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            return new SimpleImmutableEntry<>(keys[next], values[next++]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}

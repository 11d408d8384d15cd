package vn.parindex.survey.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

/** The stored responses of a wave, in the order they were accepted: pages behind a cursor, or all of them. */
@ApplicationScoped
public class ResponseLog {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** One stored response; {@code seq} is its position, the cursor to continue after it. */
    @Schema(name = "StoredResponse", description = "One stored response (phiếu trả lời) of a wave, its answers as stored: "
            + "labels read into scale values and option values.")
    public record StoredResponse(
            @Schema(description = "The response's position among the service's stored responses; the cursor to continue "
                    + "after it.", example = "1001") long seq,
            @Schema(description = "The sender's id.", example = "SIPAS2020-24-0") String id,
            @Schema(description = "The unit's code.", example = "24") String unit,
            @Schema(description = "The scale value given to each answered item, keyed by item code.",
                    example = "{\"TC1\": 4, \"TC2\": 5}", additionalProperties = Integer.class) Map<String, Object> answers,
            @Schema(description = "The answer to each answered profile question, keyed by question code.",
                    example = "{\"age\": \"18-29\", \"sex\": \"M\"}", additionalProperties = String.class) Map<String, Object> profile,
            @Schema(description = "How the response reached the platform.") Channel channel,
            @Schema(description = "When it was accepted.") Instant receivedAt) {
    }

    @Schema(name = "ResponsePage", description = "A page of a wave's stored responses, in the order they were accepted.")
    public record Page(@Schema(description = "Up to limit responses after the cursor.") List<StoredResponse> items,
            @Schema(description = "The cursor of the following page (send it as after); null at the end.", example = "2000")
            Long next) {
    }

    private final EntityManager entityManager;
    private final ObjectReader mapReader;

    ResponseLog(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.mapReader = json.readerFor(MAP);
    }

    /** Up to {@code limit} responses after the cursor; {@code next} is null at the end. */
    @Transactional
    public Page page(String waveCode, long after, int limit) {
        List<StoredResponse> items = new ArrayList<>(limit);
        scan(waveCode, after, limit, items::add);
        return new Page(items, items.size() < limit ? null : items.get(items.size() - 1).seq());
    }

    /** Every response of the wave, streamed from a database cursor. */
    @Transactional
    public void forEach(String waveCode, Consumer<StoredResponse> action) {
        scan(waveCode, 0, Integer.MAX_VALUE, action);
    }

    /** One response of the wave by its sender's id (where a 201's Location points). */
    @Transactional
    public Optional<StoredResponse> find(String waveCode, String id) {
        List<StoredResponse> found = new ArrayList<>(1);
        select("wave_code = ? AND id = ?", List.of(waveCode, id), found::add);
        return found.stream().findFirst();
    }

    private void scan(String waveCode, long after, int limit, Consumer<StoredResponse> action) {
        select("wave_code = ? AND seq > ? ORDER BY seq LIMIT ?", List.of(waveCode, after, limit), action);
    }

    private void select(String condition, List<Object> parameters, Consumer<StoredResponse> action) {
        String waveCode = (String) parameters.get(0);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT seq, id, unit_code, answers, profile, channel, received_at FROM response WHERE " + condition)) {
                select.setFetchSize(2000);
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        action.accept(new StoredResponse(rows.getLong(1), rows.getString(2), rows.getString(3),
                                mapReader.readValue(rows.getString(4)), mapReader.readValue(rows.getString(5)),
                                Channel.valueOf(rows.getString(6)), rows.getTimestamp(7).toInstant()));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("stored responses of " + waveCode + " are unreadable", e);
            }
        });
    }
}

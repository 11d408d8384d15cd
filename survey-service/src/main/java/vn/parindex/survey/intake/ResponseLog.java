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
import java.util.function.Consumer;
import org.hibernate.Session;

/** The stored responses of a wave, in the order they were accepted: pages behind a cursor, or all of them. */
@ApplicationScoped
public class ResponseLog {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** One stored response; {@code seq} is its position, the cursor to continue after it. */
    public record StoredResponse(long seq, String id, String unit, Map<String, Object> answers, Map<String, Object> profile,
            Channel channel, Instant receivedAt) {
    }

    public record Page(List<StoredResponse> items, Long next) {
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

    private void scan(String waveCode, long after, int limit, Consumer<StoredResponse> action) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT seq, id, unit_code, answers, profile, channel, received_at FROM response
                    WHERE wave_code = ? AND seq > ? ORDER BY seq LIMIT ?""")) {
                select.setFetchSize(2000);
                select.setString(1, waveCode);
                select.setLong(2, after);
                select.setInt(3, limit);
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

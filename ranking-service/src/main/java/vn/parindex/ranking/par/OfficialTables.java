package vn.parindex.ranking.par;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.messaging.EventType;
import vn.parindex.ranking.messaging.Outbox;

/**
 * Publishes every change of an official table on parindex.league-tables.v1, in the transaction of the result that
 * changed it: the table is rebuilt, compared with the last one published (by a hash of its content) and, when it
 * differs, published with the next version.
 */
@ApplicationScoped
public class OfficialTables {

    private static final Logger LOG = Logger.getLogger(OfficialTables.class);

    private final LeagueTables tables;
    private final Outbox outbox;
    private final ObjectMapper json;

    OfficialTables(LeagueTables tables, Outbox outbox, ObjectMapper json) {
        this.tables = tables;
        this.outbox = outbox;
        this.json = json;
    }

    public void refresh(String period) {
        Optional<TableView> table = tables.build(Index.PAR, period, Visibility.OFFICIAL, null, false);
        if (table.isEmpty()) {
            return;
        }
        String tableId = period;
        String hash = hash(table.get());
        LeagueTableSnapshot snapshot = LeagueTableSnapshot.findById(tableId, LockModeType.PESSIMISTIC_WRITE);
        if (snapshot != null && snapshot.contentHash.equals(hash)) {
            return;
        }
        if (snapshot == null) {
            snapshot = new LeagueTableSnapshot();
            snapshot.tableId = tableId;
        }
        snapshot.version++;
        snapshot.contentHash = hash;
        snapshot.publishedAt = Instant.now();
        snapshot.persist();
        outbox.append(EventType.LEAGUE_TABLE_CHANGED, tableId,
                new LeagueTableChanged(tableId, table.get(), snapshot.version, snapshot.publishedAt));
        LOG.infof("official table %s: %d units, version %d", tableId, table.get().fieldSize(), snapshot.version);
    }

    /** SHA-256 of the table with numbers normalised: 100 and 100.0000 points are the same table. */
    private String hash(TableView table) {
        try {
            byte[] content = json.writeValueAsString(normalised(json.valueToTree(table))).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), normalised(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(normalised(item)));
            return copy;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
        }
        return node;
    }
}

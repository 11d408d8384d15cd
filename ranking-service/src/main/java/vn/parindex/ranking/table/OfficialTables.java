package vn.parindex.ranking.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.unit.UnitReplica;
import vn.parindex.ranking.messaging.EventType;
import vn.parindex.ranking.messaging.Outbox;

/**
 * Publishes every change of an official table of any index on parindex.league-tables.v1, in the transaction of what
 * changed it (a replicated result, an import): the table is rebuilt, compared with the last one published (by a hash
 * of its content) and, when it differs, published with the next version. A table is keyed by its index and edition
 * (PAR/PAR-2020-PROVINCE, SIPAS/SIPAS-2020, PAPI/PAPI-2021). A table also reads the replicated units (keys, names,
 * lineage), so when units change every official table is looked at again a moment later, once for a burst of changes,
 * and republished where it now reads differently.
 */
@ApplicationScoped
public class OfficialTables {

    private static final Logger LOG = Logger.getLogger(OfficialTables.class);

    /** How long after a unit change the tables are looked at again, so that a burst of changes is one look. */
    static final long UNIT_CHANGES_SETTLE_MILLIS = 2_000;

    private final LeagueTables tables;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Instance<TableSource> sources;
    private final AtomicBoolean lookPending = new AtomicBoolean();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "official-tables");
        thread.setDaemon(true);
        return thread;
    });

    OfficialTables(LeagueTables tables, Outbox outbox, ObjectMapper json, Instance<TableSource> sources) {
        this.tables = tables;
        this.outbox = outbox;
        this.json = json;
        this.sources = sources;
    }

    void onUnitChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitReplica.Changed changed) {
        lookAgainSoon();
    }

    /** At start-up every table is looked at once: a change that a stopped replica did not publish goes out now. */
    void onStart(@Observes StartupEvent startup) {
        lookAgainSoon();
    }

    private void lookAgainSoon() {
        if (lookPending.compareAndSet(false, true)) {
            later.schedule(this::refreshAll, UNIT_CHANGES_SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    /** Every official table of every index, each in a transaction of its own; unchanged ones publish nothing. */
    void refreshAll() {
        lookPending.set(false);
        for (TableSource source : sources) {
            try {
                for (TableSource.Edition edition : QuarkusTransaction.requiringNew().call(source::officialEditions)) {
                    QuarkusTransaction.requiringNew().run(() -> publishIfChanged(edition.index(), edition.code()));
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "official tables of %s not looked at again after unit changes; the next change will", source.indices());
            }
        }
    }

    /** The key of an edition's table on the topic. */
    public static String tableId(Index index, String code) {
        return index + "/" + code;
    }

    /**
     * Publishes the edition's official table if it differs from the last one published, and the table of the year
     * after if its comparison with this one changed. A table's row is locked before the table is built, so that of two
     * refreshes at once the later one builds from what the earlier committed and an older table is never published as
     * a newer version.
     */
    public void refresh(Index index, String code) {
        if (!publishIfChanged(index, code)) {
            return;
        }
        // the next year's table compares with this one: its change column may read differently now
        TableSource source = tables.source(index);
        List<TableSource.Edition> editions = source.officialEditions();
        editions.stream().filter(edition -> edition.index() == index && edition.code().equals(code)).findFirst()
                .ifPresent(changed -> editions.stream()
                        .filter(next -> next.year() == changed.year() + 1 && next.family().equals(changed.family())
                                && Objects.equals(next.parentKey(), changed.parentKey()))
                        .forEach(next -> publishIfChanged(next.index(), next.code())));
    }

    /** @return whether a new version went out */
    private boolean publishIfChanged(Index index, String code) {
        String tableId = tableId(index, code);
        LeagueTableSnapshot.getEntityManager().createNativeQuery("""
                INSERT INTO league_table_snapshot (table_id, version, content_hash, published_at) VALUES (?1, 0, '', now())
                ON CONFLICT (table_id) DO NOTHING""").setParameter(1, tableId).executeUpdate();
        LeagueTableSnapshot snapshot = LeagueTableSnapshot.findById(tableId, LockModeType.PESSIMISTIC_WRITE);
        Optional<TableView> table = tables.build(index, code, Visibility.OFFICIAL, null, false);
        if (table.isEmpty()) {
            return false;
        }
        String hash = hash(table.get());
        if (snapshot.contentHash.equals(hash)) {
            return false;
        }
        snapshot.version++;
        snapshot.contentHash = hash;
        snapshot.publishedAt = Instant.now();
        outbox.append(EventType.LEAGUE_TABLE_CHANGED, tableId,
                new LeagueTableChanged(tableId, table.get(), snapshot.version, snapshot.publishedAt));
        LOG.infof("official table %s: %d units, version %d", tableId, table.get().fieldSize(), snapshot.version);
        return true;
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

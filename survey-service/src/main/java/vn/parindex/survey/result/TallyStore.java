package vn.parindex.survey.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.TreeMap;
import org.hibernate.Session;
import vn.parindex.survey.index.Tallies;
import vn.parindex.survey.questionnaire.Questionnaire;

/**
 * The running counts per unit and item, updated in the transaction that accepts responses: the index is read from
 * them, not recomputed from every response. Each change raises the unit's revision, which tells the result publisher
 * what to recompute. Rows are updated in key order so that concurrent batches never deadlock.
 */
@ApplicationScoped
public class TallyStore {

    /**
     * What one transaction adds to a unit. Counted by {@link Tallies#add}, the one counting rule, which a recount uses
     * too: what the index reads is what the tests of the index count.
     */
    public static final class Delta {
        private Questionnaire questionnaire;
        private Tallies counts;

        public void add(Questionnaire questionnaire, Questionnaire.Answers answers) {
            if (counts == null) {
                this.questionnaire = questionnaire;
                counts = new Tallies(questionnaire.itemCount());
            }
            counts.add(questionnaire, answers);
        }

        static Delta of(Questionnaire questionnaire, Tallies counted) {
            Delta delta = new Delta();
            delta.questionnaire = questionnaire;
            delta.counts = counted;
            return delta;
        }

        long respondents() {
            return counts == null ? 0 : counts.respondents();
        }

        /** Per item answered at least once, by its code: satisfied and valid answers. */
        void forEachItem(ItemCounts consumer) {
            for (int item = 0; counts != null && item < counts.items(); item++) {
                if (counts.valid(item) > 0) {
                    consumer.accept(questionnaire.items().get(item).code(), counts.satisfied(item), counts.valid(item));
                }
            }
        }

        interface ItemCounts {
            void accept(String item, long satisfied, long valid);
        }
    }

    private final EntityManager entityManager;
    private final Event<WaveTouched> waveTouched;

    TallyStore(EntityManager entityManager, Event<WaveTouched> waveTouched) {
        this.waveTouched = waveTouched;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String waveCode, TreeMap<String, Delta> perUnit) {
        if (perUnit.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            String[] units = perUnit.keySet().toArray(String[]::new);
            Long[] respondents = perUnit.values().stream().map(Delta::respondents).toArray(Long[]::new);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO unit_tally (wave_code, unit_code, respondents, revision)
                    SELECT ?, u, n, 1 FROM unnest(?::text[], ?::bigint[]) AS t(u, n)
                    ON CONFLICT (wave_code, unit_code)
                    DO UPDATE SET respondents = unit_tally.respondents + excluded.respondents, revision = unit_tally.revision + 1
                    """)) {
                insert.setString(1, waveCode);
                insert.setArray(2, connection.createArrayOf("text", units));
                insert.setArray(3, connection.createArrayOf("bigint", respondents));
                insert.executeUpdate();
            }
            List<String> itemUnits = new java.util.ArrayList<>();
            List<String> items = new java.util.ArrayList<>();
            List<Long> satisfied = new java.util.ArrayList<>();
            List<Long> valid = new java.util.ArrayList<>();
            perUnit.forEach((unit, delta) -> delta.forEachItem((item, satisfiedCount, validCount) -> {
                itemUnits.add(unit);
                items.add(item);
                satisfied.add(satisfiedCount);
                valid.add(validCount);
            }));
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO item_tally (wave_code, unit_code, item_code, satisfied, valid)
                    SELECT ?, u, i, s, v FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[]) AS t(u, i, s, v)
                    ON CONFLICT (wave_code, unit_code, item_code)
                    DO UPDATE SET satisfied = item_tally.satisfied + excluded.satisfied, valid = item_tally.valid + excluded.valid
                    """)) {
                insert.setString(1, waveCode);
                insert.setArray(2, connection.createArrayOf("text", itemUnits.toArray()));
                insert.setArray(3, connection.createArrayOf("text", items.toArray()));
                insert.setArray(4, connection.createArrayOf("bigint", satisfied.toArray()));
                insert.setArray(5, connection.createArrayOf("bigint", valid.toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** Said when a whole wave's results are to be computed again (its close): the publisher starts at once. */
    public record WaveTouched(String waveCode) {
    }

    /** Raises the revision of every unit of the wave, so that all its results are computed and published again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touchWave(String waveCode) {
        entityManager.createNativeQuery("UPDATE unit_tally SET revision = revision + 1 WHERE wave_code = ?1")
                .setParameter(1, waveCode).executeUpdate();
        waveTouched.fire(new WaveTouched(waveCode));
    }

    /** The unit's counts as of this transaction, and its revision. */
    public record Snapshot(Tallies tallies, long revision) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Snapshot read(String waveCode, String unitCode, Questionnaire questionnaire) {
        Tallies tallies = new Tallies(questionnaire.itemCount());
        long[] revision = { 0 };
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement unit = connection.prepareStatement(
                    "SELECT respondents, revision FROM unit_tally WHERE wave_code = ? AND unit_code = ?")) {
                unit.setString(1, waveCode);
                unit.setString(2, unitCode);
                try (ResultSet row = unit.executeQuery()) {
                    if (row.next()) {
                        tallies.setRespondents(row.getLong(1));
                        revision[0] = row.getLong(2);
                    }
                }
            }
            try (PreparedStatement items = connection.prepareStatement(
                    "SELECT item_code, satisfied, valid FROM item_tally WHERE wave_code = ? AND unit_code = ?")) {
                items.setString(1, waveCode);
                items.setString(2, unitCode);
                try (ResultSet row = items.executeQuery()) {
                    while (row.next()) {
                        int index = questionnaire.indexOf(row.getString(1));
                        if (index >= 0) {
                            tallies.set(index, row.getLong(2), row.getLong(3));
                        }
                    }
                }
            }
        });
        return new Snapshot(tallies, revision[0]);
    }

    /** Sets the unit's counts to the given ones (a recount's repair) and raises its revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String waveCode, String unitCode, Questionnaire questionnaire, Tallies counted) {
        entityManager.createNativeQuery("DELETE FROM item_tally WHERE wave_code = ?1 AND unit_code = ?2")
                .setParameter(1, waveCode).setParameter(2, unitCode).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM unit_tally WHERE wave_code = ?1 AND unit_code = ?2")
                .setParameter(1, waveCode).setParameter(2, unitCode).executeUpdate();
        TreeMap<String, Delta> perUnit = new TreeMap<>();
        perUnit.put(unitCode, Delta.of(questionnaire, counted));
        add(waveCode, perUnit);
        entityManager.createNativeQuery("""
                UPDATE unit_tally SET revision = revision + coalesce(
                    (SELECT r.revision FROM unit_result r WHERE r.wave_code = ?1 AND r.unit_code = ?2), 0)
                WHERE wave_code = ?1 AND unit_code = ?2""").setParameter(1, waveCode).setParameter(2, unitCode).executeUpdate();
    }
}

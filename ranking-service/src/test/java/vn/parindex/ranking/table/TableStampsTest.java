package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;

class TableStampsTest {

    private static final long MAX_AGE = Duration.ofSeconds(1).toNanos();

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<Synchronization> registered = new ArrayList<>();
    private final Counting source = new Counting();
    private final TableStamps stamps = new TableStamps(registry(), MAX_AGE, clock::get);

    @Test
    void aStampIsReadOncePerMaxAge() {
        source.stamp = "3/2026-12-01";
        for (int i = 0; i < 100; i++) {
            assertEquals("3/2026-12-01", stamps.current(Index.PAR, source));
        }
        assertEquals(1, source.reads);
        source.stamp = "4/2026-12-02"; // committed on another replica
        clock.addAndGet(MAX_AGE - 1);
        assertEquals("3/2026-12-01", stamps.current(Index.PAR, source), "stale for less than max-age");
        clock.addAndGet(1);
        assertEquals("4/2026-12-02", stamps.current(Index.PAR, source), "read again once max-age has passed");
        assertEquals(2, source.reads);
    }

    @Test
    void aChangeCommittedOnThisReplicaIsSeenAtOnceAndARolledBackOneChangesNothing() {
        source.stamp = "1";
        stamps.current(Index.PAR, source);
        stamps.changing();
        source.stamp = "2";
        registered.forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));
        assertEquals("1", stamps.current(Index.PAR, source), "nothing committed: the stamp read stands");
        registered.clear();
        stamps.changing();
        registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        assertEquals("2", stamps.current(Index.PAR, source));
        assertEquals(2, source.reads);
    }

    @Test
    void aStampReadWhileAChangeCommitsIsNotKept() {
        source.stamp = "1";
        stamps.changing();
        // the commit lands between the reader's query and its keeping the answer
        source.onRead = () -> {
            registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            source.onRead = null;
            return "1";
        };
        assertEquals("1", stamps.current(Index.PAR, source));
        source.stamp = "2";
        assertEquals("2", stamps.current(Index.PAR, source), "the stamp read before the commit was not kept");
    }

    private static final class Counting implements TableSource {
        String stamp;
        int reads;
        Supplier<String> onRead;

        @Override
        public List<Index> indices() {
            return List.of(Index.PAR);
        }

        @Override
        public String stamp() {
            reads++;
            return onRead != null ? onRead.get() : stamp;
        }

        @Override
        public Optional<Entries> entries(Index index, String code, Visibility visibility) {
            return Optional.empty();
        }

        @Override
        public List<Edition> officialEditions() {
            return List.of();
        }
    }

    private TransactionSynchronizationRegistry registry() {
        return new TransactionSynchronizationRegistry() {
            @Override
            public void registerInterposedSynchronization(Synchronization synchronization) {
                registered.add(synchronization);
            }

            @Override
            public Object getTransactionKey() {
                return "tx";
            }

            @Override
            public void putResource(Object key, Object value) {
            }

            @Override
            public Object getResource(Object key) {
                return null;
            }

            @Override
            public int getTransactionStatus() {
                return Status.STATUS_ACTIVE;
            }

            @Override
            public void setRollbackOnly() {
            }

            @Override
            public boolean getRollbackOnly() {
                return false;
            }
        };
    }
}

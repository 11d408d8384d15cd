package vn.parindex.ranking.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import vn.parindex.ranking.config.TablesConfig;
import vn.parindex.ranking.table.TableView.Index;

/**
 * The sources' stamps as the API's readers see them. Reading a stamp is a query; a cached table answered without one
 * is as fast as a static file. So a reader reuses the stamp it read for up to {@code parindex.tables.stamp-max-age}: a
 * change committed on this replica clears the stamps at commit (its writer said {@link #changing()}), and one
 * committed on another replica is seen after at most that long. Writers and the publication of official tables read
 * the stamp itself ({@link TableSource#stamp()}), never this.
 */
@ApplicationScoped
public class TableStamps {

    private record Read(String stamp, long atNanos) {
    }

    private final Map<Index, Read> reads = new ConcurrentHashMap<>();
    /** Moves on at every commit that clears the stamps, so that a stamp read before it is not kept after it. */
    private final AtomicLong commits = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final long maxAgeNanos;
    private final LongSupplier clock;

    @Inject
    TableStamps(TransactionSynchronizationRegistry transactions, TablesConfig config) {
        this(transactions, config.stampMaxAge().toNanos(), System::nanoTime);
    }

    TableStamps(TransactionSynchronizationRegistry transactions, long maxAgeNanos, LongSupplier clock) {
        this.transactions = transactions;
        this.maxAgeNanos = maxAgeNanos;
        this.clock = clock;
    }

    /** The source's stamp, as read at most max-age ago. */
    public String current(Index index, TableSource source) {
        long now = clock.getAsLong();
        Read read = reads.get(index);
        if (read != null && now - read.atNanos() < maxAgeNanos) {
            return read.stamp();
        }
        long before = commits.get();
        String stamp = source.stamp();
        if (commits.get() == before) {
            reads.put(index, new Read(stamp, now));
        }
        return stamp;
    }

    /** Said by a writer inside its transaction: when it commits, readers read every stamp again. */
    public void changing() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    commits.incrementAndGet();
                    reads.clear();
                }
            }
        });
    }
}

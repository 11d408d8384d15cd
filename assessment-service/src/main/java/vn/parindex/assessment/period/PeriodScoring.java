package vn.parindex.assessment.period;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.config.PeriodScoringConfig;
import vn.parindex.assessment.scoring.ScoringScheme;

/**
 * The period-level scoring step. In a period whose methodology scores a criterion relative to the best unit, one
 * unit's value can move everyone's points; a request therefore recomputes only its own result (with the best values
 * last stored) and leaves a note, and this step, serialized per period by the period's row lock, takes the notes,
 * recomputes the best values from the units' stored inputs and, when they moved, every result of the period; it
 * writes and publishes only the results that changed. It runs when a write commits (bursts coalesce: one step takes
 * every note waiting) and, for notes left through other replicas, every poll interval.
 */
@ApplicationScoped
public class PeriodScoring {

    private static final Logger LOG = Logger.getLogger(PeriodScoring.class);

    private final AssessmentResults results;
    private final EntityManager entityManager;
    private final Duration pollInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Timer steps;
    private volatile boolean running;
    private Thread worker;

    PeriodScoring(AssessmentResults results, EntityManager entityManager, MeterRegistry registry,
            PeriodScoringConfig config) {
        this.results = results;
        this.entityManager = entityManager;
        this.pollInterval = config.pollInterval();
        this.steps = Timer.builder("parindex.period.scoring").description("period-level scoring steps").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::work, "period-scoring");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp.release();
        worker.join(10_000);
    }

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentResults.RescoreRequested requested) {
        wakeUp.release();
    }

    /**
     * One step for one period, if no other replica or publication holds the period now (then it runs later): takes the
     * waiting notes, recomputes the best values and the results that may have changed.
     *
     * @return the number of results that changed, or -1 when the period was busy
     */
    @Transactional
    @RetryTransient
    public int step(String periodCode) {
        List<?> free = entityManager.createNativeQuery("SELECT code FROM assessment_period WHERE code = ?1 FOR NO KEY UPDATE SKIP LOCKED")
                .setParameter(1, periodCode).getResultList();
        if (free.isEmpty()) {
            return -1;
        }
        // the notes committed by now; one written by a transaction still running stays for the next step
        List<Long> changed = ((List<?>) entityManager.createNativeQuery("DELETE FROM period_rescore WHERE period_code = ?1 "
                + "RETURNING assessment_id").setParameter(1, periodCode).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).distinct().toList();
        if (changed.isEmpty()) {
            return 0;
        }
        return rescore(AssessmentPeriod.findById(periodCode), changed);
    }

    /**
     * Recomputes the period's best values and the results they touch, in the caller's transaction, which holds the
     * period's row: every result when the best values moved, else only those of {@code changed} (null: every one).
     *
     * @return the number of results that changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescore(AssessmentPeriod period, List<Long> changed) {
        long started = System.nanoTime();
        ScoringScheme scheme = results.scheme(period);
        Map<String, BigDecimal> best = results.bestValues(scheme, period.code);
        boolean moved = !same(best, results.storedBestValues(period));
        if (moved) {
            period.bestValues = results.bestValuesJson(best);
        }
        List<Assessment> assessments = moved || changed == null
                ? entityManager.createQuery("select a from Assessment a join fetch a.unit where a.period.code = :period order by a.id",
                        Assessment.class).setParameter("period", period.code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                : entityManager.createQuery("select a from Assessment a join fetch a.unit where a.id in :ids order by a.id",
                        Assessment.class).setParameter("ids", changed).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        long versionsBefore = assessments.stream().mapToLong(a -> a.resultVersion).sum();
        results.refresh(scheme, assessments, best);
        int republished = (int) (assessments.stream().mapToLong(a -> a.resultVersion).sum() - versionsBefore);
        long elapsed = System.nanoTime() - started;
        steps.record(elapsed, TimeUnit.NANOSECONDS);
        LOG.infof("period %s scored: best values %s%s, %d of %d results republished, %d ms", period.code, best,
                moved ? " (moved)" : "", republished, assessments.size(), TimeUnit.NANOSECONDS.toMillis(elapsed));
        return republished;
    }

    private void work() {
        while (running) {
            try {
                wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                List<String> periods = QuarkusTransaction.requiringNew().call(() -> ((List<?>) entityManager
                        .createNativeQuery("SELECT DISTINCT period_code FROM period_rescore").getResultList()).stream()
                        .map(String::valueOf).toList());
                for (String period : periods) {
                    try {
                        self().step(period);
                    } catch (RuntimeException e) {
                        // one period failing must not hold back the others; its notes stay for the next round
                        LOG.warnf(e, "period scoring step of %s failed; trying again in %s", period, pollInterval);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "period scoring step failed; trying again in %s", pollInterval);
            }
        }
    }

    /** Through the container, so that the step runs in its own transaction with its retries. */
    private PeriodScoring self() {
        return Arc.container().instance(PeriodScoring.class).get();
    }

    private static boolean same(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(code -> a.get(code).compareTo(b.get(code)) == 0);
    }
}

package vn.parindex.survey.result;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.parindex.survey.config.ResultsConfig;
import vn.parindex.survey.wave.Waves;

/**
 * Coalesces bursts: responses only move tallies; once per interval the units whose tallies moved are recomputed and
 * published, one event per unit however many responses arrived in between. A round's bootstraps grow with the
 * respondents (about half a second for a unit of 16,000), so after a round the publisher rests in proportion to it:
 * under a flood of responses it keeps at most {@code parindex.results.cpu-share} of a core busy, and provisional
 * results lag by a few rounds instead of slowing the intake. Each round first closes the waves whose closing date has
 * passed, so that their results are published again as final. Final results go first, do not count towards the rest,
 * and a close wakes the publisher at once: people wait for them, and they are computed once.
 */
@ApplicationScoped
public class ResultPublisher {

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);
    private static final int UNITS_PER_ROUND = 200;

    private final SatisfactionResults results;
    private final Waves waves;
    private final Duration interval;
    private final double cpuShare;
    private final Semaphore wakeUp = new Semaphore(0);
    private final ExecutorService finalResults = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
        Thread thread = new Thread(task, "survey-final-results");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private Thread worker;

    ResultPublisher(SatisfactionResults results, Waves waves, ResultsConfig config) {
        double cpuShare = config.cpuShare();
        if (cpuShare <= 0 || cpuShare > 1) {
            throw new IllegalArgumentException("parindex.results.cpu-share must be in (0, 1], not " + cpuShare);
        }
        this.results = results;
        this.waves = waves;
        this.interval = config.interval();
        this.cpuShare = cpuShare;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::publish, "survey-result-publisher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(Duration.ofSeconds(30).toMillis());
        // a bootstrap running does not heed an interrupt: let it end (its transaction rolls back) before the pool closes
        finalResults.shutdown();
        finalResults.awaitTermination(30, TimeUnit.SECONDS);
    }

    void onWaveTouched(@Observes(during = TransactionPhase.AFTER_SUCCESS) TallyStore.WaveTouched touched) {
        wakeUp.release();
    }

    /**
     * A closed wave's units on every core: no intake competes with them any more, and people wait for them. A unit that
     * fails is logged and left stale for the next round; it does not hold back the others, nor the provisional results.
     */
    private int publishFinals(List<SatisfactionResults.Stale> finals) throws InterruptedException {
        List<Future<Boolean>> refreshes = finalResults.invokeAll(finals.stream()
                .<Callable<Boolean>>map(unit -> () -> results.refresh(unit.waveCode(), unit.unitCode())).toList());
        int published = 0;
        for (int i = 0; i < refreshes.size(); i++) {
            try {
                published += refreshes.get(i).get() ? 1 : 0;
            } catch (ExecutionException e) {
                SatisfactionResults.Stale unit = finals.get(i);
                LOG.warnf(e.getCause(), "the final result of wave %s unit %s could not be computed; retrying in the next round",
                        unit.waveCode(), unit.unitCode());
            }
        }
        return published;
    }

    private void publish() {
        while (running) {
            try {
                for (String wave : waves.closeDue(Instant.now())) {
                    LOG.infof("survey wave %s closed on its closing date; its results are published again as final", wave);
                }
                List<SatisfactionResults.Stale> stale = results.stale(UNITS_PER_ROUND);
                List<SatisfactionResults.Stale> finals = stale.stream().filter(SatisfactionResults.Stale::isFinal).toList();
                int finalsPublished = publishFinals(finals);
                // closed waves come first: only a page full of final results may leave more of them for the next one
                boolean finalsWaiting = finals.size() == UNITS_PER_ROUND && finalsPublished > 0;
                int published = finalsPublished;
                long provisionalNanos = 0;
                for (SatisfactionResults.Stale unit : stale.stream().filter(unit -> !unit.isFinal()).toList()) {
                    if (!running) {
                        return;
                    }
                    long started = System.nanoTime();
                    if (results.refresh(unit.waveCode(), unit.unitCode())) {
                        published++;
                    }
                    provisionalNanos += System.nanoTime() - started;
                }
                if (published > 0) {
                    LOG.debugf("published %d survey results", published);
                }
                if (finalsWaiting) {
                    // a closed wave's final results are computed once and people wait for them: no rest between rounds
                    continue;
                }
                // a round over a large running wave rereads its respondents; resting in proportion keeps ingestion in
                // front. A close wakes the publisher at once.
                long provisionalMillis = provisionalNanos / 1_000_000;
                wakeUp.tryAcquire(Math.max(interval.toMillis(), (long) (provisionalMillis * (1 - cpuShare) / cpuShare)),
                        TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "survey results could not be computed; retrying in %s", interval);
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

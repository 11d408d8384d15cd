package vn.parindex.survey.result;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.parindex.survey.config.ResultsConfig;
import vn.parindex.survey.wave.Waves;

/**
 * Coalesces bursts: responses only move tallies; once per interval the units whose tallies moved are recomputed and
 * published, one event per unit however many responses arrived in between. A round's bootstraps grow with the
 * respondents (about half a second for a unit of 16,000), so after a round the publisher rests in proportion to it:
 * under a flood of responses it keeps at most {@code parindex.results.cpu-share} of a core busy, and provisional
 * results lag by a few rounds instead of slowing the intake. Each round first closes the waves whose closing date has
 * passed, so that their results are published again as final.
 */
@ApplicationScoped
public class ResultPublisher {

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);
    private static final int UNITS_PER_ROUND = 200;

    private final SatisfactionResults results;
    private final Waves waves;
    private final Duration interval;
    private final double cpuShare;
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
    }

    private void publish() {
        while (running) {
            try {
                long started = System.nanoTime();
                for (String wave : waves.closeDue(Instant.now())) {
                    LOG.infof("survey wave %s closed on its closing date; its results are published again as final", wave);
                }
                List<String[]> stale = results.stale(UNITS_PER_ROUND);
                int published = 0;
                for (String[] unit : stale) {
                    if (!running) {
                        return;
                    }
                    if (results.refresh(unit[0], unit[1])) {
                        published++;
                    }
                }
                if (published > 0) {
                    LOG.debugf("published %d survey results", published);
                }
                long roundMillis = (System.nanoTime() - started) / 1_000_000;
                // a round over a large wave rereads its respondents; resting in proportion keeps ingestion in front
                Thread.sleep(Math.max(interval.toMillis(), (long) (roundMillis * (1 - cpuShare) / cpuShare)));
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

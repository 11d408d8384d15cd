package vn.parindex.survey;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Coalesces bursts: responses only move tallies; once per interval the units whose tallies moved are recomputed and
 * published, one event per unit however many responses arrived in between. A round's bootstraps grow with the
 * respondents (about half a second for a unit of 16,000), so after a round the publisher pauses at least as long as
 * the round took: under a flood of responses it uses at most half a core and results lag by about two rounds.
 */
@ApplicationScoped
public class ResultPublisher {

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);
    private static final int UNITS_PER_ROUND = 200;

    private final SatisfactionResults results;
    private final Duration interval;
    private volatile boolean running;
    private Thread worker;

    ResultPublisher(SatisfactionResults results, @ConfigProperty(name = "parindex.results.interval") Duration interval) {
        this.results = results;
        this.interval = interval;
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
                Thread.sleep(Math.max(interval.toMillis(), roundMillis));
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

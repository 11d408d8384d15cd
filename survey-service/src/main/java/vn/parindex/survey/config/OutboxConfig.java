package vn.parindex.survey.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;

/** The outbox relay: the CloudEvents source it stamps, how many rows it sends at once, how often it looks without a wake-up. */
@ConfigMapping(prefix = "parindex.outbox")
public interface OutboxConfig {

    URI source();

    int batchSize();

    Duration pollInterval();
}

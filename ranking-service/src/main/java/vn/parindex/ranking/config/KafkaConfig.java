package vn.parindex.ranking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the readiness probe waits for the broker to answer. */
@ConfigMapping(prefix = "parindex.kafka")
public interface KafkaConfig {

    @WithDefault("3S")
    Duration readinessTimeout();
}

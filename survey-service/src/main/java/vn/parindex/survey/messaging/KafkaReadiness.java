package vn.parindex.survey.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.parindex.survey.config.KafkaConfig;

/**
 * Ready only while the Kafka broker answers. Uses its own admin client with short timeouts, so that a broker that is
 * down shows as DOWN within seconds without shortening the timeouts of the producers and consumers. Quarkus's own
 * check ({@code quarkus.kafka.health.enabled}) waits on the cluster's nodes without a timeout of its own, so a probe
 * against a silent broker would hang for the admin client's default minute.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private final Admin admin;
    private final String bootstrapServers;
    private final Duration timeout;

    /** @param kafka every {@code kafka.*} setting of the service (the address and the sign-in among them) */
    KafkaReadiness(@Identifier("default-kafka-broker") Map<String, Object> kafka, KafkaConfig config) {
        this.bootstrapServers = String.valueOf(kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        this.timeout = config.readinessTimeout();
        int millis = (int) this.timeout.toMillis();
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name) && !"".equals(value)) {
                settings.put(name, value);
            }
        });
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        this.admin = Admin.create(settings);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("Kafka broker").up()
                    .withData("bootstrap.servers", bootstrapServers).withData("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e);
        } catch (Exception e) {
            return down(e);
        }
    }

    private HealthCheckResponse down(Exception e) {
        return HealthCheckResponse.named("Kafka broker").down()
                .withData("bootstrap.servers", bootstrapServers).withData("reason", String.valueOf(e.getMessage())).build();
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(1));
    }
}

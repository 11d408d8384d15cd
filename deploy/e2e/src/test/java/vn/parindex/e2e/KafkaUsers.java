package vn.parindex.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kubernetes {@code KafkaUser} objects made real on the local broker, as Strimzi's user operator makes them on a
 * cluster: each user gets SCRAM-SHA-512 credentials (a password made for this run) and exactly the ACLs its manifest
 * lists. The services of the end-to-end run then sign in with them on the broker's SASL port, so the run proves that
 * the manifests' ACLs are enough for the platform, and tests can sign in as an agency to see what they refuse.
 */
final class KafkaUsers {

    /** The broker's SASL port, where users meet their ACLs (deploy/local/test sets KAFKA_SASL_PORT). */
    static final String SASL_BOOTSTRAP = System.getenv().getOrDefault("KAFKA_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("KAFKA_SASL_PORT", "19094");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, String> PASSWORDS = new HashMap<>();

    private KafkaUsers() {
    }

    /** Creates every user of the manifest files (again: a new password, the ACLs as the file says) on the broker. */
    static synchronized void apply(Path... manifests) throws IOException {
        List<JsonNode> users = new ArrayList<>();
        for (Path manifest : manifests) {
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(manifest.toFile())) {
                documents.readAll().stream().filter(d -> "KafkaUser".equals(d.path("kind").asText())).forEach(users::add);
            }
        }
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode user : users) {
            String name = user.path("metadata").path("name").asText();
            if (!"scram-sha-512".equals(user.path("spec").path("authentication").path("type").asText())) {
                throw new IllegalStateException("KafkaUser " + name + " does not sign in with SCRAM-SHA-512");
            }
            String password = UUID.randomUUID().toString();
            PASSWORDS.put(name, password);
            credentials.add(new UserScramCredentialUpsertion(name, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
            for (JsonNode rule : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = rule.path("resource");
                // Strimzi says literal or prefix, Kafka LITERAL or PREFIXED
                PatternType patternType = "prefix".equals(resource.path("patternType").asText()) ? PatternType.PREFIXED : PatternType.LITERAL;
                ResourcePattern pattern = new ResourcePattern(ResourceType.fromString(resource.path("type").asText().toUpperCase(Locale.ROOT)),
                        resource.path("name").asText(), patternType);
                for (JsonNode operation : rule.path("operations")) {
                    acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + name, rule.path("host").asText("*"),
                            AclOperation.fromString(operation.asText().toUpperCase(Locale.ROOT)), AclPermissionType.ALLOW)));
                }
            }
        }
        // the plaintext port's anonymous user is the broker's super user: it writes the credentials and the ACLs
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", Platform.BOOTSTRAP, "request.timeout.ms", 10_000,
                "default.api.timeout.ms", 30_000))) {
            admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the users of " + List.of(manifests), e);
        }
    }

    /** The client settings of a user on the SASL port (its password from {@link #apply}). */
    static Map<String, Object> client(String user) {
        return Map.of("bootstrap.servers", SASL_BOOTSTRAP, "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", jaas(user));
    }

    /** The JAAS line Strimzi writes into a user's Secret (key sasl.jaas.config). */
    static synchronized String jaas(String user) {
        String password = PASSWORDS.get(user);
        if (password == null) {
            throw new IllegalStateException("no KafkaUser " + user + " was applied");
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\"" + password + "\";";
    }
}

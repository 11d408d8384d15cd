package vn.parindex.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plumbing every service needs exists once per service by design (services share no code at build time); this
 * test keeps the copies identical but for their package, so a fix made in one is made in all.
 */
class PlumbingCopiesTest {

    private static final List<String> SERVICES = List.of("assessment", "survey", "ranking");
    private static final Path REPO = Path.of(System.getProperty("parindex.repo", "../..")).toAbsolutePath().normalize();

    /**
     * Every shared concern, by its path under a service's base package; "test:" for the test tree. Nothing else may be
     * repeated across services (the {@code duplicates} tool in the README's review step finds what is).
     */
    static final List<String> COPIES = List.of(
            "Refusal", "Text", "SearchName",
            "concurrency/TransientFailure", "concurrency/RetryTransient", "concurrency/TransientRetryInterceptor",
            "concurrency/VersionClaim",
            "config/HttpConfig", "config/TransientRetryConfig", "config/OutboxConfig", "config/KafkaConfig",
            "web/Problem", "web/ProblemMapper", "web/TextRules", "web/HttpDoor", "web/Roles", "web/Negotiation", "web/Versions", "web/IfMatch",
            "messaging/Outbox", "messaging/OutboxEvent", "messaging/OutboxRelay", "messaging/KafkaReadiness",
            "test:AsyncApiContract", "test:TestTokens");

    static List<String> copies() {
        return COPIES;
    }

    @ParameterizedTest
    @MethodSource("copies")
    void eachCopyIsTheSameButForItsPackage(String file) throws IOException {
        boolean test = file.startsWith("test:");
        String path = test ? file.substring("test:".length()) : file;
        List<String> services = new ArrayList<>();
        String first = null;
        for (String service : SERVICES) {
            Path copy = REPO.resolve(service + "-service/src/" + (test ? "test" : "main") + "/java/vn/parindex/" + service + "/" + path + ".java");
            if (!Files.exists(copy)) {
                continue;
            }
            String text = Files.readString(copy, StandardCharsets.UTF_8).replace("vn.parindex." + service, "vn.parindex.SERVICE");
            services.add(service);
            if (first == null) {
                first = text;
            } else {
                assertEquals(first, text, file + " of " + service + "-service differs from " + services.get(0) + "-service's");
            }
        }
        assertTrue(services.size() >= 2, file + " is kept in at least two services: " + services);
    }
}

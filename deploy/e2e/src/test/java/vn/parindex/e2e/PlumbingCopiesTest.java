package vn.parindex.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plumbing every service needs exists once per service by design (services share no code at build time); this
 * test keeps the copies identical but for their package, so a fix made in one is made in all.
 */
class PlumbingCopiesTest {

    private static final List<String> SERVICES = List.of("assessment", "survey", "ranking");
    private static final Path REPO = Path.of(System.getProperty("parindex.repo", "../..")).toAbsolutePath().normalize();

    private static final List<String> ALL = SERVICES;
    private static final List<String> WRITERS = List.of("assessment", "survey");

    /**
     * Every shared concern, by its path under a service's base package ("test:" for the test tree), and the services
     * that keep a copy: a copy deleted from one of them fails too. (A service may have a file of the same name that is
     * its own, such as survey-service's AsyncApiDocumentTest, which also checks its inbound topic.) Nothing else may be repeated across services (the
     * {@code duplicates} tool in the README's review step finds what is). Version claims and If-Match are for the
     * services that take writes with versions; ranking-service's replicas are written by its consumers only.
     */
    static final Map<String, List<String>> COPIES = copies(
            "Refusal", ALL, "Text", ALL, "SearchName", ALL, "Seeds", List.of("survey", "ranking"),
            "concurrency/TransientFailure", ALL, "concurrency/RetryTransient", ALL, "concurrency/TransientRetryInterceptor", ALL,
            "concurrency/VersionClaim", WRITERS,
            "config/HttpConfig", ALL, "config/TransientRetryConfig", ALL, "config/OutboxConfig", ALL, "config/KafkaConfig", ALL,
            "web/Problem", ALL, "web/ProblemMapper", ALL, "web/ProblemResponses", ALL, "web/TextRules", ALL, "web/HttpDoor", ALL, "web/Roles", ALL,
            "web/Negotiation", ALL, "web/Versions", WRITERS,
            "messaging/Outbox", ALL, "messaging/OutboxEvent", ALL, "messaging/OutboxRelay", ALL, "messaging/KafkaReadiness", ALL,
            "test:AsyncApiContract", ALL, "test:TestTokens", ALL, "test:web/OpenApiFuzz", ALL, "test:concurrency/Race", WRITERS,
            "test:messaging/AsyncApiDocumentTest", List.of("assessment", "ranking"), "test:web/CorsTest", ALL);

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> copies(Object... pairs) {
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            copies.put((String) pairs[i], (List<String>) pairs[i + 1]);
        }
        return copies;
    }

    static List<String> copies() {
        return List.copyOf(COPIES.keySet());
    }

    @ParameterizedTest
    @MethodSource("copies")
    void eachCopyIsTheSameButForItsPackage(String file) throws IOException {
        boolean test = file.startsWith("test:");
        String path = test ? file.substring("test:".length()) : file;
        String first = null;
        for (String service : COPIES.get(file)) {
            Path copy = REPO.resolve(service + "-service/src/" + (test ? "test" : "main") + "/java/vn/parindex/" + service + "/" + path + ".java");
            assertTrue(Files.exists(copy), file + " is kept in " + service + "-service");
            String text = Files.readString(copy, StandardCharsets.UTF_8).replace("vn.parindex." + service, "vn.parindex.SERVICE");
            if (first == null) {
                first = text;
            } else {
                assertEquals(first, text, file + " of " + service + "-service differs from " + COPIES.get(file).get(0) + "-service's");
            }
        }
    }
}

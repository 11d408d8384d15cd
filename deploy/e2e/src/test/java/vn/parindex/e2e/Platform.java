package vn.parindex.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The three packaged services (target/quarkus-app of each module), started once for all end-to-end tests against the
 * real PostgreSQL and Kafka that the test command started, each on a free port with its own end-to-end database,
 * a key pair made for this run, and a fresh consumer group.
 */
public final class Platform {

    public static final Path REPO = Path.of(System.getProperty("parindex.repo", "../..")).toAbsolutePath().normalize();
    public static final String ISSUER = "https://parindex.e2e";
    private static final Path WORK = Path.of("target", "e2e").toAbsolutePath();
    private static final List<String> NAMES = List.of("assessment", "ranking", "survey");
    private static Platform instance;
    /** The port of the portal page PortalIT serves: its origin is the one the services let call and frame them. */
    static final int PORTAL_PORT = freePortOrFail();

    static {
        // a request that never answers fails the test instead of holding the build until its time runs out
        io.restassured.RestAssured.config = io.restassured.config.RestAssuredConfig.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 120_000));
    }

    public record Service(String name, int port, Process process, Path log) {
        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    private final Map<String, Service> services = new LinkedHashMap<>();
    private final List<Service> extras = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final KeyPair keys;
    private Path publicKey;
    private Map<org.apache.kafka.common.TopicPartition, Long> startOffsets = Map.of();
    private boolean demoLoaded;
    private String run;

    private Platform(KeyPair keys) {
        this.keys = keys;
    }

    /** Kills the service without letting it finish anything (SIGKILL), then starts it again on its database and consumer groups. */
    public synchronized Service kill(String name) {
        Service service = services.get(name);
        service.process().destroyForcibly();
        try {
            service.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return service;
    }

    public synchronized Service start(String name) {
        try {
            Service service = launch(name, publicKey, run, database("parindex_" + name + "_e2e"), groupPrefix(name, run), false);
            services.put(name, service);
            awaitReady(service);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Another instance of a service on a database of its own, emptied at start, with consumer groups of its own: it
     * rebuilds its state from the topics, from the beginning. Stopped with the platform.
     */
    public Service rebuild(String name, String database) {
        try {
            Service service = launch(name, publicKey, run, database, groupPrefix(name, run) + "-rebuild-" + UUID.randomUUID(), true);
            extras.add(service);
            awaitReady(service);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topics other agencies may read. */
    public static final List<String> PUBLIC_TOPICS = List.of("parindex.units.v1", "parindex.assessment-results.v1",
            "parindex.survey-results.v1", "parindex.league-tables.v1");
    public static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
            "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "19092"));

    /** Where each partition of a public topic ended when this run began: what comes after is this run's. */
    public Map<org.apache.kafka.common.TopicPartition, Long> startOffsets() {
        return startOffsets;
    }

    private static Map<org.apache.kafka.common.TopicPartition, Long> endOffsets(List<String> topics) {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                props, new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.StringDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = new java.util.ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new org.apache.kafka.common.TopicPartition(topic, p.partition())));
            }
            return Map.copyOf(consumer.endOffsets(partitions));
        }
    }

    /**
     * Deletes the platform's topics and creates them again as deploy/local/topics defines them, so that the run reads
     * only its own records: the service tests before it leave thousands on the same broker (hostile ones among them),
     * which services started with new consumer groups would otherwise replay first.
     */
    private static void recreateTopics() throws IOException {
        List<org.apache.kafka.clients.admin.NewTopic> topics = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(REPO.resolve("deploy/local/topics"), StandardCharsets.UTF_8)) {
            String[] cells = line.trim().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || cells.length != 4) {
                continue;
            }
            topics.add(new org.apache.kafka.clients.admin.NewTopic(cells[0], Integer.parseInt(cells[1]), (short) 1)
                    .configs(Map.of("cleanup.policy", cells[2], "retention.ms", cells[3])));
        }
        java.util.Set<String> names = topics.stream().map(org.apache.kafka.clients.admin.NewTopic::name)
                .collect(java.util.stream.Collectors.toSet());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                "bootstrap.servers", BOOTSTRAP, "request.timeout.ms", 10_000, "default.api.timeout.ms", 30_000))) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            java.util.Set<String> existing = new java.util.HashSet<>(admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS));
            existing.retainAll(names);
            admin.deleteTopics(existing).all().get(60, java.util.concurrent.TimeUnit.SECONDS);
            Exception refused = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    // a topic deleted a moment ago may still be on its way out: then its creation is refused, and tried again
                    java.util.Set<String> present = listed(admin);
                    admin.createTopics(topics.stream().filter(topic -> !present.contains(topic.name())).toList()).all()
                            .get(30, java.util.concurrent.TimeUnit.SECONDS);
                    if (listed(admin).containsAll(names)) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    refused = e;
                }
                sleep(Duration.ofMillis(500));
            }
            throw new IllegalStateException("the topics could not be created again within 90 s", refused);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the topics could not be deleted", e);
        }
    }

    private static java.util.Set<String> listed(org.apache.kafka.clients.admin.Admin admin) {
        try {
            return admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not list its topics", e);
        }
    }

    /**
     * A database of this run: its name, with the suffix a run beside another on the same machine gives its databases
     * (PARINDEX_TEST_DB_SUFFIX, which .ci/run sets and deploy/local/postgres creates them with).
     */
    public static String database(String name) {
        return name + System.getenv().getOrDefault("PARINDEX_TEST_DB_SUFFIX", "");
    }

    public static synchronized Platform get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** The platform if a test started it, else null (nothing is started). */
    static synchronized Platform running() {
        return instance;
    }

    /** Every service process of the run: the three and the rebuilt instances. */
    List<Service> all() {
        List<Service> all = new java.util.ArrayList<>(services.values());
        all.addAll(extras);
        return all;
    }

    public Service service(String name) {
        return services.get(name);
    }

    public String url(String name) {
        return services.get(name).url();
    }

    public Path log(String name) {
        return services.get(name).log();
    }

    /** A bearer token signed with this run's key (RS256), as an OIDC provider would issue it. */
    public String token(String role, String... units) {
        try {
            ObjectMapper json = new ObjectMapper();
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = Map.of("iss", ISSUER, "sub", "e2e-" + role, "upn", "e2e-" + role,
                    "groups", List.of(role), "units", List.of(units), "iat", now, "exp", now + 3600,
                    "jti", UUID.randomUUID().toString());
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String input = base64.encodeToString(json.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT"))) + "."
                    + base64.encodeToString(json.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64.encodeToString(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    /**
     * Loads the demonstration data set (deploy/local/demo-data) into this platform: the scripts sign their tokens with
     * this run's key and issuer, and talk to this run's ports. Idempotent, like the scripts.
     */
    /** Loads the demonstration data once for the whole run (every test over it reads the same platform). */
    public synchronized void loadDemoData() {
        if (demoLoaded) {
            return;
        }
        demoLoaded = true;
        try {
            Path state = WORK.resolve("demo-state");
            Path jwt = Files.createDirectories(state.resolve("jwt"));
            Files.writeString(jwt.resolve("private.pem"), "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            Files.copy(publicKey, jwt.resolve("public.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(REPO.resolve("deploy/local/demo-data").toString()).redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("demo-data.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("PARINDEX_STATE", state.toString());
            env.put("PARINDEX_JWT_ISSUER", ISSUER);
            env.put("PARINDEX_ASSESSMENT_URL", url("assessment"));
            env.put("PARINDEX_SURVEY_URL", url("survey"));
            env.put("PARINDEX_RANKING_URL", url("ranking"));
            Process process = builder.start();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("loading the demo data took over 10 minutes:\n" + Files.readString(WORK.resolve("demo-data.log")));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("loading the demo data failed:\n" + Files.readString(WORK.resolve("demo-data.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs one of the deploy/local scripts (e.g. "kafka", "stop") with the test command's environment. */
    public static void script(String... command) {
        List<String> line = new java.util.ArrayList<>(List.of(command));
        line.set(0, REPO.resolve("deploy/local").resolve(command[0]).toString());
        try {
            Path output = Files.createTempFile("parindex-e2e-script", ".log");
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over 5 minutes:\n" + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Platform start() {
        try {
            Files.createDirectories(WORK);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Platform platform = new Platform(generator.generateKeyPair());
            Path publicKey = WORK.resolve("jwt-public.pem");
            platform.publicKey = publicKey;
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(platform.keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            String run = UUID.randomUUID().toString().substring(0, 8);
            platform.run = run;
            recreateTopics();
            // the services sign in as their KafkaUsers of the Kubernetes manifests, under those users' ACLs
            KafkaUsers.apply(REPO.resolve("deploy/k8s/base/kafka-users.yaml"));
            platform.startOffsets = endOffsets(PUBLIC_TOPICS);
            for (String name : NAMES) {
                // every run starts from empty databases, as on a fresh machine: what the topics hold is this run's doing
                platform.services.put(name, launch(name, publicKey, run, database("parindex_" + name + "_e2e"), groupPrefix(name, run), true));
            }
            for (Service service : platform.services.values()) {
                awaitReady(service);
            }
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's consumer groups start with its name, as its KafkaUser's group ACL requires; the run's id keeps them new. */
    private static String groupPrefix(String name, String run) {
        return name + "-service-e2e-" + run;
    }

    private static Service launch(String name, Path publicKey, String run, String database, String groupPrefix, boolean empty)
            throws IOException {
        Path jar = REPO.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them before this module)");
        }
        int port = freePort();
        Path log = WORK.resolve(name + "-service" + (groupPrefix.contains("-rebuild-") ? "-rebuild" : "") + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PARINDEX_HTTP_PORT", Integer.toString(port));
        env.put("PARINDEX_DB_NAME", database);
        if (empty) {
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        }
        env.put("PARINDEX_JWT_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("PARINDEX_CONSUMER_GROUP_PREFIX", groupPrefix);
        env.put("PARINDEX_CORS_ORIGINS", portalOrigin());
        env.put("PARINDEX_FRAME_ANCESTORS", "'self' " + portalOrigin());
        env.put("KAFKA_BOOTSTRAP_SERVERS", KafkaUsers.SASL_BOOTSTRAP);
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        env.put("KAFKA_SASL_JAAS_CONFIG", KafkaUsers.jaas(name + "-service"));
        env.put("PARINDEX_LOG_JSON", "true");
        return new Service(name, port, builder.start(), log);
    }

    private static void awaitReady(Service service) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!service.process().isAlive()) {
                throw new IllegalStateException(service.name() + "-service exited during start-up; see " + service.log());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException(service.name() + "-service was not ready within 90 s; see " + service.log());
    }

    private void stop() {
        extras.forEach(service -> service.process().destroy());
        services.values().forEach(service -> service.process().destroy());
        all().forEach(service -> {
            try {
                if (!service.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** The origin of a provincial portal's page in this run (served by PortalIT). */
    static String portalOrigin() {
        return "http://127.0.0.1:" + PORTAL_PORT;
    }

    private static int freePortOrFail() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

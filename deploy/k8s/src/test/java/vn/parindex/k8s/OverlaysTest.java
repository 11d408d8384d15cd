package vn.parindex.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerType;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay renders, every object is one its operator or Kubernetes knows with no unknown field, and the
 * platform's rules hold: probes, limits and a locked-down security context on every service; a Service, a disruption
 * budget, an autoscaler and a network policy for each; the topics of the design with their retention; Kafka and
 * PostgreSQL sized for the environment; nothing but the public paths behind the Ingress.
 */
class OverlaysTest {

    static final Path REPO = Path.of(System.getProperty("parindex.repo", "../..")).toAbsolutePath().normalize();
    static final Path K8S = REPO.resolve("deploy/k8s");
    static final List<String> SERVICES = List.of("assessment-service", "ranking-service", "survey-service");

    /** What an overlay must give. */
    record Environment(String overlay, String namespace, int kafkaNodes, int minInSync, int databaseInstances,
            boolean operatedDatabases, boolean backups, int minServiceReplicas) {
        @Override
        public String toString() {
            return overlay;
        }
    }

    static Stream<Environment> environments() {
        return Stream.of(
                new Environment("dev", "parindex-dev", 1, 1, 1, true, false, 1),
                new Environment("production", "parindex", 3, 2, 3, true, true, 2),
                new Environment("external-databases", "parindex", 3, 2, 0, false, false, 2));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyObjectIsKnownToItsModelWithNoUnknownField(Environment env) throws Exception {
        Manifests manifests = render(env);
        assertEquals(List.of(), manifests.problems);
        for (HasMetadata object : manifests.objects) {
            if (!(object instanceof Namespace)) {
                assertEquals(env.namespace(), object.getMetadata().getNamespace(), name(object));
            }
        }
        Namespace namespace = manifests.named(Namespace.class, env.namespace());
        assertEquals("restricted", namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyServiceRunsLockedDownWithProbesAndLimits(Environment env) throws Exception {
        Manifests manifests = render(env);
        assertEquals(Set.copyOf(SERVICES), manifests.all(Deployment.class).stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(1, pod.getContainers().size(), name);
            Container container = pod.getContainers().get(0);
            assertTrue(container.getImage().matches("[^:]+:[\\w.-]+") && !container.getImage().endsWith(":latest"),
                    name + ": a pinned image tag, not " + container.getImage());
            assertEquals(8080, container.getPorts().get(0).getContainerPort(), name);
            assertEquals("http", container.getPorts().get(0).getName(), name);
            assertProbe(container.getReadinessProbe(), "/q/health/ready", name);
            assertProbe(container.getLivenessProbe(), "/q/health/live", name);
            assertProbe(container.getStartupProbe(), "/q/health/started", name);
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(requests.get(resource), name + " requests " + resource);
                assertNotNull(limits.get(resource), name + " limits " + resource);
                assertTrue(requests.get(resource).getNumericalAmount().compareTo(limits.get(resource).getNumericalAmount()) <= 0,
                        name + ": " + resource + " request above its limit");
            }
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name);
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name);
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name);
            assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation(), name);
            assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem(), name);
            assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop(), name);
            assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), name + ": a writable /tmp");
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertEquals("true", annotations.get("prometheus.io/scrape"), name);
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), name);
            assertTrue(deployment.getSpec().getReplicas() >= env.minServiceReplicas(), name);
            container.getEnvFrom().forEach(from -> manifests.named(ConfigMap.class, from.getConfigMapRef().getName()));
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyServiceHasItsServiceBudgetAutoscalerAndNetworkPolicy(Environment env) throws Exception {
        Manifests manifests = render(env);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> pods = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(pods.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()), name);
            Service service = manifests.named(Service.class, name);
            assertTrue(pods.entrySet().containsAll(service.getSpec().getSelector().entrySet()), name + ": the Service selects the pods");
            assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal(), name);
            PodDisruptionBudget budget = manifests.named(PodDisruptionBudget.class, name);
            assertTrue(pods.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()), name);
            HorizontalPodAutoscaler autoscaler = manifests.named(HorizontalPodAutoscaler.class, name);
            assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
            assertEquals(name, autoscaler.getSpec().getScaleTargetRef().getName());
            assertTrue(autoscaler.getSpec().getMinReplicas() >= env.minServiceReplicas(), name);
            assertTrue(autoscaler.getSpec().getMinReplicas() <= autoscaler.getSpec().getMaxReplicas(), name);
            List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class, p -> p.getSpec().getPodSelector().getMatchLabels() != null
                    && !p.getSpec().getPodSelector().getMatchLabels().isEmpty() && pods.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()));
            assertEquals(1, policies.size(), name + ": one network policy of its own");
            assertEquals(List.of("Ingress", "Egress"), policies.get(0).getSpec().getPolicyTypes(), name);
            assertTrue(pods.containsKey("parindex.vn/kafka-client"), name + ": Strimzi's listener policy lets it reach Kafka");
        }
        NetworkPolicy denyAll = manifests.named(NetworkPolicy.class, "default-deny-ingress");
        assertTrue(denyAll.getSpec().getPodSelector().getMatchLabels() == null || denyAll.getSpec().getPodSelector().getMatchLabels().isEmpty());
        // the survey-service's inbound consumers are bounded by the topic's partitions
        int consumersPerPod = Integer.parseInt(manifests.named(ConfigMap.class, "survey-service-config").getData().get("PARINDEX_INBOUND_CONSUMERS"));
        int partitions = topics().get("parindex.survey-responses.v1").partitions();
        assertTrue(manifests.named(HorizontalPodAutoscaler.class, "survey-service").getSpec().getMaxReplicas() * consumersPerPod <= partitions);
    }

    @ParameterizedTest
    @MethodSource("environments")
    void kafkaHasTheDesignsTopicsReplicatedForTheEnvironment(Environment env) throws Exception {
        Manifests manifests = render(env);
        Kafka kafka = manifests.named(Kafka.class, "parindex");
        KafkaNodePool pool = manifests.named(KafkaNodePool.class, "dual-role");
        assertEquals("parindex", pool.getMetadata().getLabels().get("strimzi.io/cluster"));
        assertEquals(env.kafkaNodes(), pool.getSpec().getReplicas());
        assertEquals(Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER), Set.copyOf(pool.getSpec().getRoles()));
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertEquals(env.kafkaNodes(), number(config.get("default.replication.factor")));
        assertEquals(env.kafkaNodes(), number(config.get("offsets.topic.replication.factor")));
        assertEquals(env.minInSync(), number(config.get("min.insync.replicas")));
        assertEquals(Boolean.FALSE, config.get("auto.create.topics.enable"));
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().get(0);
        assertEquals("parindex-kafka-bootstrap:" + listener.getPort(),
                manifests.named(ConfigMap.class, "parindex-platform").getData().get("KAFKA_BOOTSTRAP_SERVERS"));

        Map<String, Topic> expected = topics();
        Map<String, KafkaTopic> actual = manifests.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t));
        assertEquals(expected.keySet(), actual.keySet(), "the topics of deploy/local/topics, no more, no fewer");
        actual.forEach((name, topic) -> {
            assertEquals("parindex", topic.getMetadata().getLabels().get("strimzi.io/cluster"), name);
            assertEquals(expected.get(name).partitions(), topic.getSpec().getPartitions(), name);
            assertEquals(env.kafkaNodes(), topic.getSpec().getReplicas(), name);
            assertEquals(env.minInSync(), number(topic.getSpec().getConfig().get("min.insync.replicas")), name);
            assertEquals(expected.get(name).cleanupPolicy(), topic.getSpec().getConfig().get("cleanup.policy"), name);
            assertEquals(expected.get(name).retentionMs(), number(topic.getSpec().getConfig().get("retention.ms")), name);
        });
        assertEquals("compact", actual.get("parindex.units.v1").getSpec().getConfig().get("cleanup.policy"));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void kafkaSignsEveryClientInAndEachServiceMayDoOnlyItsOwnWork(Environment env) throws Exception {
        Manifests manifests = render(env);
        Kafka kafka = manifests.named(Kafka.class, "parindex");
        for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
            assertTrue(listener.getAuth() instanceof KafkaListenerAuthenticationScramSha512, listener.getName() + ": SCRAM-SHA-512 sign-in");
            if (listener.getType() != KafkaListenerType.INTERNAL) {
                assertTrue(listener.isTls(), listener.getName() + ": TLS outside the cluster");
            }
        }
        assertTrue(kafka.getSpec().getKafka().getListeners().stream().anyMatch(l -> l.getType() == KafkaListenerType.LOADBALANCER),
                "a listener other agencies reach");
        assertTrue(kafka.getSpec().getKafka().getAuthorization() instanceof KafkaAuthorizationSimple, "ACLs are enforced");
        assertNotNull(kafka.getSpec().getEntityOperator().getUserOperator(), "the user operator keeps the KafkaUsers");
        Map<String, String> platform = manifests.named(ConfigMap.class, "parindex-platform").getData();
        assertEquals("SASL_PLAINTEXT", platform.get("KAFKA_SECURITY_PROTOCOL"));
        assertEquals("SCRAM-SHA-512", platform.get("KAFKA_SASL_MECHANISM"));

        Map<String, String> writers = new HashMap<>();
        for (String service : SERVICES) {
            KafkaUser user = manifests.named(KafkaUser.class, service);
            assertEquals("parindex", user.getMetadata().getLabels().get("strimzi.io/cluster"), service);
            EnvVar jaas = manifests.named(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                    .stream().filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " reads no Kafka credentials"));
            assertEquals(service, jaas.getValueFrom().getSecretKeyRef().getName(), service + ": the Secret of its own KafkaUser");
            assertEquals("sasl.jaas.config", jaas.getValueFrom().getSecretKeyRef().getKey(), service);
            Acls acls = acls(user);
            assertEquals(incomingTopics(service), acls.reads(), service + " reads exactly the topics it consumes");
            assertEquals(Set.of(manifests.named(ConfigMap.class, service + "-config").getData().get("PARINDEX_CONSUMER_GROUP_PREFIX")),
                    acls.groupPrefixes(), service + ": its own consumer groups only");
            acls.writes().stream().filter(topic -> !topic.equals("parindex.dead-letter.v1"))
                    .forEach(topic -> assertEquals(null, writers.put(topic, service), topic + " has one publisher"));
        }
        assertEquals(topics().keySet().stream().filter(t -> !t.equals("parindex.dead-letter.v1") && !t.equals("parindex.survey-responses.v1"))
                .collect(Collectors.toSet()), writers.keySet(), "every topic the platform publishes has its publisher's ACL");
    }

    @org.junit.jupiter.api.Test
    void theAgencyTemplatesReadOnlyPublicTopicsAndThePartnerOnlyWritesResponses() throws IOException {
        Manifests agency = new Manifests(Files.readString(K8S.resolve("agencies/agency.yaml")));
        Manifests partner = new Manifests(Files.readString(K8S.resolve("agencies/survey-partner.yaml")));
        assertEquals(List.of(), agency.problems);
        assertEquals(List.of(), partner.problems);
        KafkaUser reader = agency.all(KafkaUser.class).get(0);
        Acls reads = acls(reader);
        assertEquals(topics().keySet().stream().filter(t -> !t.startsWith("parindex.internal.") && !t.equals("parindex.dead-letter.v1")
                && !t.equals("parindex.survey-responses.v1")).collect(Collectors.toSet()), reads.reads(), "the public topics");
        assertEquals(Set.of(), reads.writes());
        assertEquals(Set.of(reader.getMetadata().getName() + "."), reads.groupPrefixes());
        Acls writes = acls(partner.all(KafkaUser.class).get(0));
        assertEquals(Set.of("parindex.survey-responses.v1"), writes.writes());
        assertEquals(Set.of(), writes.reads());
        assertEquals(Set.of(), writes.groupPrefixes());
    }

    /** What a KafkaUser may do: topics it reads and writes (by literal name), group prefixes it reads. */
    record Acls(Set<String> reads, Set<String> writes, Set<String> groupPrefixes) {
    }

    private static Acls acls(KafkaUser user) throws IOException {
        String name = user.getMetadata().getName();
        assertTrue(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication, name + ": SCRAM-SHA-512");
        Acls acls = new Acls(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
            Set<AclOperation> operations = Set.copyOf(rule.getOperations());
            assertTrue(!operations.contains(AclOperation.ALL), name + ": no rule grants everything");
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertEquals(AclResourcePatternType.LITERAL, topic.getPatternType(), name + ": topics by their whole name");
                assertTrue(topics().containsKey(topic.getName()), name + ": " + topic.getName() + " is a topic of the platform");
                if (operations.contains(AclOperation.READ)) {
                    acls.reads().add(topic.getName());
                }
                if (operations.contains(AclOperation.WRITE)) {
                    acls.writes().add(topic.getName());
                }
                assertTrue(Set.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE).containsAll(operations), name + ": " + operations);
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                assertEquals(AclResourcePatternType.PREFIX, group.getPatternType(), name);
                assertEquals(Set.of(AclOperation.READ), operations, name + ": groups are read");
                acls.groupPrefixes().add(group.getName());
            } else {
                throw new AssertionError(name + ": a rule on " + rule.getResource().getType() + " (only topics and groups)");
            }
        }
        return acls;
    }

    /** The topics a service consumes, as its application.properties names them. */
    private static Set<String> incomingTopics(String service) throws IOException {
        Matcher m = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.topic=(.+)$")
                .matcher(Files.readString(REPO.resolve(service + "/src/main/resources/application.properties")));
        Set<String> topics = new TreeSet<>();
        while (m.find()) {
            topics.add(m.group(1).trim());
        }
        return topics;
    }

    @ParameterizedTest
    @MethodSource("environments")
    void eachServiceHasItsOwnDatabase(Environment env) throws Exception {
        Manifests manifests = render(env);
        List<GenericKubernetesResource> clusters = manifests.generic("Cluster");
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String service = deployment.getMetadata().getName().replace("-service", "");
            Set<String> secrets = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().startsWith("PARINDEX_DB_")).map(e -> e.getValueFrom().getSecretKeyRef().getName())
                    .collect(Collectors.toSet());
            assertEquals(Set.of(service + "-db-app"), secrets, "the database settings come from one secret");
            if (!env.operatedDatabases()) {
                continue;
            }
            GenericKubernetesResource cluster = clusters.stream().filter(c -> c.getMetadata().getName().equals(service + "-db"))
                    .findFirst().orElseThrow(() -> new AssertionError("no CloudNativePG cluster for " + service));
            Map<String, Object> spec = map(cluster.getAdditionalProperties().get("spec"));
            assertEquals(env.databaseInstances(), number(spec.get("instances")), service);
            assertEquals("parindex_" + service, map(map(spec.get("bootstrap")).get("initdb")).get("database"));
            assertNotNull(map(spec.get("storage")).get("size"), service);
            if (env.backups()) {
                List<Map<String, Object>> plugins = list(spec.get("plugins"));
                assertEquals(1, plugins.size(), service);
                String store = (String) map(plugins.get(0).get("parameters")).get("barmanObjectName");
                assertEquals(Boolean.TRUE, plugins.get(0).get("isWALArchiver"), service);
                assertTrue(manifests.generic("ObjectStore").stream().anyMatch(o -> o.getMetadata().getName().equals(store)), store);
                assertTrue(manifests.generic("ScheduledBackup").stream().anyMatch(b -> (service + "-db").equals(
                        map(map(b.getAdditionalProperties().get("spec")).get("cluster")).get("name"))), service + ": a scheduled backup");
                assertEquals(1, number(map(map(spec.get("postgresql")).get("synchronous")).get("number")), service);
            }
        }
        assertEquals(env.operatedDatabases() ? 3 : 0, clusters.size());
        assertEquals(env.backups() ? 3 : 0, manifests.generic("ScheduledBackup").size());
    }

    @ParameterizedTest
    @MethodSource("environments")
    void theIngressRoutesOnlyPublicPathsToExistingServices(Environment env) throws Exception {
        Manifests manifests = render(env);
        Ingress ingress = manifests.named(Ingress.class, "parindex");
        Set<String> hosts = new LinkedHashSet<>();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            hosts.add(rule.getHost());
            assertTrue(rule.getHttp().getPaths().stream().anyMatch(p -> p.getPath().equals("/asyncapi.yaml")),
                    rule.getHost() + " serves its service's AsyncAPI document, for the agencies reading its topics");
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                Service service = manifests.named(Service.class, path.getBackend().getService().getName());
                assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(path.getBackend().getService().getPort().getName())));
                assertTrue(!path.getPath().startsWith("/q") || path.getPath().equals("/q/openapi"),
                        rule.getHost() + path.getPath() + ": health and metrics stay inside the cluster");
            }
        }
        assertEquals(3, hosts.size());
        if (env.minServiceReplicas() > 1) {
            assertEquals(hosts, Set.copyOf(ingress.getSpec().getTls().get(0).getHosts()), "TLS on every host in production");
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyVariableSetIsOneTheOperatingGuideDocuments(Environment env) throws Exception {
        Manifests manifests = render(env);
        String guide = Files.readString(REPO.resolve("deploy/README.md"));
        Set<String> variables = new TreeSet<>();
        manifests.all(ConfigMap.class).forEach(map -> variables.addAll(map.getData().keySet()));
        manifests.all(Deployment.class).forEach(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .map(EnvVar::getName).forEach(variables::add));
        Set<String> undocumented = variables.stream().filter(v -> !guide.contains("`" + v + "`")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), undocumented, "set in the manifests but missing from deploy/README.md");
    }

    @org.junit.jupiter.api.Test
    void everyVariableAServiceReadsIsDocumented() throws IOException {
        String guide = Files.readString(REPO.resolve("deploy/README.md"));
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");
        Set<String> undocumented = new TreeSet<>();
        for (String service : SERVICES) {
            Matcher m = variable.matcher(Files.readString(REPO.resolve(service + "/src/main/resources/application.properties")));
            while (m.find()) {
                if (!guide.contains("`" + m.group(1) + "`")) {
                    undocumented.add(service + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), undocumented, "read by a service but missing from the configuration reference in deploy/README.md");
    }

    private static Manifests render(Environment env) throws IOException, InterruptedException {
        return new Manifests(Kustomize.build(K8S.resolve("overlays").resolve(env.overlay())));
    }

    record Topic(int partitions, String cleanupPolicy, long retentionMs) {
    }

    /** The platform's topics as deploy/local/topics lists them (the local broker is made from the same file). */
    static Map<String, Topic> topics() throws IOException {
        return Files.readAllLines(REPO.resolve("deploy/local/topics")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(f -> f[0], f -> new Topic(Integer.parseInt(f[1]), f[2], Long.parseLong(f[3]))));
    }

    private static void assertProbe(Probe probe, String path, String name) {
        assertNotNull(probe, name + ": probe " + path);
        assertEquals(path, probe.getHttpGet().getPath(), name);
        assertEquals("http", probe.getHttpGet().getPort().getStrVal(), name);
    }

    private static long number(Object value) {
        assertNotNull(value);
        return Long.parseLong(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertNotNull(value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        assertNotNull(value);
        return (List<Map<String, Object>>) value;
    }

    private static String name(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }

}

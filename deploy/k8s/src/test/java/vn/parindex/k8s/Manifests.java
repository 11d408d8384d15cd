package vn.parindex.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The objects of one rendered overlay, each read by the model of its kind. */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);
    /** CloudNativePG kinds: no maintained Java model exists, so they are read generically and checked by rule. */
    static final Set<String> CLOUDNATIVE_PG = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup",
            "barmancloud.cnpg.io/v1/ObjectStore");

    final List<HasMetadata> objects = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    Manifests(String rendered) {
        for (String document : rendered.split("(?m)^---$")) {
            if (document.isBlank()) {
                continue;
            }
            GenericKubernetesResource generic = SERIALIZATION.unmarshal(document, GenericKubernetesResource.class);
            String kind = generic.getApiVersion() + "/" + generic.getKind();
            String where = generic.getKind() + " " + generic.getMetadata().getName();
            HasMetadata object;
            if (generic.getApiVersion().equals("kafka.strimzi.io/v1") && STRIMZI.containsKey(generic.getKind())) {
                object = SERIALIZATION.unmarshal(document, STRIMZI.get(generic.getKind()));
            } else if (CLOUDNATIVE_PG.contains(kind)) {
                object = generic;
            } else {
                object = SERIALIZATION.unmarshal(document);
                if (object instanceof GenericKubernetesResource) {
                    problems.add(where + ": " + kind + " is no kind the Kubernetes, Strimzi or CloudNativePG models know");
                }
            }
            if (!(object instanceof GenericKubernetesResource)) {
                StrictModel.unknownFields(object, where).forEach(field -> problems.add(field + ": unknown field"));
            }
            objects.add(object);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> List<T> all(Class<T> type, Predicate<T> filter) {
        return all(type).stream().filter(filter).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class, o -> o.getKind().equals(kind));
    }
}

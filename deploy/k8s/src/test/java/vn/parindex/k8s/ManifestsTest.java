package vn.parindex.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The strictness the overlay checks rely on: a field no model knows is reported with its path. */
class ManifestsTest {

    @Test
    void aMisspeltFieldOfAKubernetesObjectIsReported() {
        Manifests manifests = new Manifests("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels: {app: web}
                  template:
                    metadata:
                      labels: {app: web}
                    spec:
                      containers:
                        - name: web
                          image: web:1
                          readinesProbe:
                            httpGet: {path: /q/health/ready, port: 8080}
                """);
        assertEquals(List.of("Deployment web.spec.template.spec.containers[0].readinesProbe: unknown field"), manifests.problems);
    }

    @Test
    void aFieldStrimziDoesNotKnowIsReportedAndAnUnknownKindToo() {
        Manifests manifests = new Manifests("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                spec:
                  partitions: 3
                  replicationFactor: 3
                ---
                apiVersion: example.org/v1
                kind: Widget
                metadata:
                  name: w
                """);
        assertEquals(List.of("KafkaTopic t.spec.replicationFactor: unknown field",
                "Widget w: example.org/v1/Widget is no kind the Kubernetes, Strimzi or CloudNativePG models know"), manifests.problems);
    }
}

package vn.parindex.ranking.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.AsyncApiContract;

@QuarkusTest
class AsyncApiDocumentTest {

    @Test
    void theServedDocumentListsExactlyTheEventsTheServicePublishes() {
        String served = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();

        Map<String, Set<String>> published = new TreeMap<>(Arrays.stream(EventType.values()).collect(Collectors.groupingBy(
                type -> type.topic, Collectors.mapping(type -> type.ceType, Collectors.toCollection(TreeSet::new)))));
        assertEquals(published, AsyncApiContract.parse(served).messageTypesByTopic());
        assertEquals(java.util.List.of(), AsyncApiContract.parse(served).visibilityFaults(), "every channel says who may read it");
    }
}

package vn.parindex.survey.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.AsyncApiContract;
import vn.parindex.survey.SurveyFixtures;
import vn.parindex.survey.TestTokens;
import vn.parindex.survey.intake.messaging.ResponseConsumer;

@QuarkusTest
class AsyncApiDocumentTest {

    private static final String INBOUND = "parindex.survey-responses.v1";

    @Test
    void theServedDocumentListsExactlyTheEventsTheServicePublishesAndTheInboundTopic() {
        String served = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        Map<String, Set<String>> expected = new TreeMap<>(Arrays.stream(EventType.values()).collect(Collectors.groupingBy(
                type -> type.topic, Collectors.mapping(type -> type.ceType, Collectors.toCollection(TreeSet::new)))));
        expected.put(INBOUND, Set.of(ResponseConsumer.TYPE));
        assertEquals(expected, AsyncApiContract.parse(served).messageTypesByTopic());
        assertEquals(java.util.List.of(), AsyncApiContract.parse(served).visibilityFaults(), "every channel says who may read it");
    }

    @Test
    void aPublishedResultAndAnInboundResponseFitTheirSchemas() throws Exception {
        String wave = SurveyFixtures.openWave(false);
        Map<String, Object> response = new java.util.HashMap<>(SurveyFixtures.response("schema-" + wave, "24", 4));
        response.put("wave", wave);
        String responseJson = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(response);
        AsyncApiContract contract = AsyncApiContract.read(AsyncApiContract.DOCUMENT);
        assertEquals(Set.of(), contract.validate(ResponseConsumer.TYPE, responseJson));

        String admin = TestTokens.token("admin");
        given().auth().oauth2(TestTokens.token("surveyor")).contentType(ContentType.JSON).body(List.of(response))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(admin).get("/api/v1/waves/" + wave + "/results/24").statusCode() == 200);
        String result = given().auth().oauth2(admin).get("/api/v1/waves/" + wave + "/results/24").asString();
        assertEquals(Set.of(), contract.validate(EventType.SURVEY_RESULT_CHANGED.ceType, result));
    }
}

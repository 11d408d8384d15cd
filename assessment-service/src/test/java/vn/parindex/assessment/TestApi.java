package vn.parindex.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the platform's roles, and the units they act on. */
public final class TestApi {

    private TestApi() {
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON);
    }

    public static RequestSpecification appraiser() {
        return given().auth().oauth2(TestTokens.token("appraiser")).contentType(ContentType.JSON);
    }

    public static RequestSpecification unit(String code) {
        return given().auth().oauth2(TestTokens.token("unit", code)).contentType(ContentType.JSON);
    }

    public static void registerUnit(String code, String name, String level, String parent) {
        admin().body("""
                {"code": "%s", "name": "%s", "level": "%s", "parentCode": %s, "validFrom": "2020-01-01"}
                """.formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\""))
                .post("/api/v1/units").then().statusCode(201);
    }
}

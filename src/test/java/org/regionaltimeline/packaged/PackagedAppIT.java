package org.regionaltimeline.packaged;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The packaged application (the jar here; the native binary with -Dnative) against an H2 TCP server: it migrates the
 * database, loads the sample pages, serves the API and its documentation.
 */
@QuarkusIntegrationTest
@WithTestResource(H2TcpServer.class)
class PackagedAppIT {

    static final String ADMIN_PASSWORD = "packaged-admin-password";

    @Test
    void isHealthyAndServesItsDocumentation() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/timeline"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void servesTheSamplePagesAsTimelines() {
        given().queryParam("limit", 100).when().get("/api/timeline").then().statusCode(200)
                .body("items.size()", greaterThan(30));
        given().when().get("/api/regions/652300/timeline").then().statusCode(200)
                .body("items.date", hasItem("2024-11-26"));
        given().queryParam("q", "阻击战").when().get("/api/projects").then().statusCode(200)
                .body("items.size()", greaterThan(0));
    }

    @Test
    void storesAndServesANewArticle() {
        String title = "集成测试" + UUID.randomUUID();
        Map<String, Object> body = Map.of("title", title, "body", title + "正文。", "source", "昌吉日报", "publishedOn", "2024-11-29",
                "events", List.of(Map.of("date", "2024-11-20", "summary", "11月20日，集成测试事件。", "regions", List.of("652323"))));
        given().contentType(ContentType.JSON).body(body).when().post("/api/articles").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        String location = given().auth().preemptive().basic("admin", ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(body).when().post("/api/articles")
                .then().statusCode(201).extract().header("Location");
        given().when().get(location).then().statusCode(200).body("title", equalTo(title))
                .body("events[0].regions[0].name", equalTo("呼图壁县"));
    }

    @Test
    void extractsARawPage() {
        given().contentType("text/plain; charset=utf-8").queryParam("publishedOn", "2024-11-29")
                .body("新华社乌鲁木齐11月28日电 28日上午，在新疆于田县，绿色阻沙防护带实现全面锁边“合龙”。")
                .when().post("/api/extract").then().statusCode(200)
                .body("articles[0].events[0].date", equalTo("2024-11-28"));
        given().queryParam("from", "2024-13-45").when().get("/api/timeline").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }
}

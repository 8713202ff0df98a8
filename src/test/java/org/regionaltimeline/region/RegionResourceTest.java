package org.regionaltimeline.region;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RegionResourceTest {

    @Test
    void aPrefectureShowsItsParentChainAndCounties() {
        given().when().get("/api/regions/652300")
                .then().statusCode(200)
                .body("name", equalTo("昌吉回族自治州"))
                .body("level", equalTo("prefecture"))
                .body("parents.code", hasItem("650000"))
                .body("children.code", hasItem("652323"));
    }

    @Test
    void anUnknownRegionIsA404ProblemDocument() {
        given().when().get("/api/regions/999999")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/regions/999999"));
    }

    @Test
    void eventCountsIncludeDescendantsAndFollowWrites() {
        int prefecture = given().when().get("/api/regions/654300").then().statusCode(200).extract().path("eventCount");
        int county = given().when().get("/api/regions/654301").then().statusCode(200).extract().path("eventCount");
        long id = org.regionaltimeline.support.TestArticles.article("计数" + System.nanoTime())
                .event("2024-05-01", "阿勒泰市计数测试事件一。", "654301", null)
                .event("2024-05-02", "阿勒泰市计数测试事件二。", "654301", null).post();
        given().when().get("/api/regions/654300").then().statusCode(200).body("eventCount", equalTo(prefecture + 2))
                .body("children.find { it.code == '654301' }.eventCount", equalTo(county + 2));
        given().queryParam("parent", "654300").when().get("/api/regions").then().statusCode(200)
                .body("items.find { it.code == '654301' }.eventCount", equalTo(county + 2));
        org.regionaltimeline.support.TestAuth.asEditor().contentType("application/json").body(java.util.Map.of("hidden", true))
                .when().patch("/api/articles/" + id).then().statusCode(200);
        given().when().get("/api/regions/654301").then().statusCode(200).body("eventCount", equalTo(county));
    }
}

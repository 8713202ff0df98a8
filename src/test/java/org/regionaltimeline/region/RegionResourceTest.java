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
}

package org.regionaltimeline.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A limit that is not an integer is a bad request, like one out of range. */
@QuarkusTest
class ParamErrorsTest {

    @Test
    void aLimitThatIsNotAnIntegerIsA400Problem() {
        for (String path : new String[] {"/api/timeline", "/api/articles", "/api/projects", "/api/regions", "/api/changes"}) {
            given().queryParam("limit", "1.5").when().get(path).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                    .body("detail", containsString("1.5"));
        }
        given().queryParam("limit", "abc").when().get("/api/timeline").then().statusCode(400);
        given().queryParam("limit", " 5 ").when().get("/api/timeline").then().statusCode(200);
    }
}

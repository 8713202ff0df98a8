package org.regionaltimeline.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regionaltimeline.support.TestArticles.article;
import static org.regionaltimeline.support.TestAuth.asEditor;

/** Articles and events carry Last-Modified; If-Modified-Since revalidates them like If-None-Match does. */
@QuarkusTest
class ConditionalRequestsTest {

    @Test
    void lastModifiedRevalidatesAndMovesWhenAnEventIsCorrected() throws InterruptedException {
        long id = article("条件请求" + System.nanoTime()).event("2024-11-20", "条件请求的事件。", "652323", null).post();
        String modified = given().when().get("/api/articles/" + id).then().statusCode(200)
                .header("Last-Modified", notNullValue()).extract().header("Last-Modified");
        given().header("If-Modified-Since", modified).when().get("/api/articles/" + id).then().statusCode(304).body(emptyString());
        String older = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(5));
        given().header("If-Modified-Since", older).when().get("/api/articles/" + id).then().statusCode(200);
        given().header("If-Modified-Since", "not a date").when().get("/api/articles/" + id).then().statusCode(200);

        long eventId = given().when().get("/api/articles/" + id).then().extract().jsonPath().getLong("events[0].id");
        given().when().get("/api/events/" + eventId).then().statusCode(200).header("Last-Modified", notNullValue());
        Thread.sleep(1100); // HTTP dates have whole seconds
        asEditor().contentType(ContentType.JSON).body(Map.of("status", "planned")).when().patch("/api/events/" + eventId).then().statusCode(200);
        String after = given().header("If-Modified-Since", modified).when().get("/api/articles/" + id).then().statusCode(200)
                .extract().header("Last-Modified");
        assertTrue(ZonedDateTime.parse(after, DateTimeFormatter.RFC_1123_DATE_TIME)
                .isAfter(ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME)));
    }
}

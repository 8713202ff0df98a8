package org.regionaltimeline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ExtractResourceTest {

    private static final String XINHUA = """
            我国最大沙漠实现3046公里生态屏障全面锁边“合龙”

            新华社乌鲁木齐11月28日电 28日上午，在塔克拉玛干沙漠南缘的新疆于田县，随着最后一株玫瑰苗栽下，
            全长3046公里的绿色阻沙防护带实现全面锁边“合龙”。
            """;

    @Test
    void aDatelineGivesTheMonthOfADayOnlyDate() {
        given().contentType(ContentType.JSON).body(Map.of("text", XINHUA, "publishedOn", "2024-11-29", "source", "昌吉日报"))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("publishedOn", equalTo("2024-11-29"))
                .body("publishedOnSource", equalTo("given"))
                .body("articles[0].title", equalTo("我国最大沙漠实现3046公里生态屏障全面锁边“合龙”"))
                .body("articles[0].events[0].date", equalTo("2024-11-28"))
                .body("articles[0].events[0].precision", equalTo("day"))
                .body("articles[0].events[0].timeOfDay", equalTo("morning"))
                .body("articles[0].events[0].status", equalTo("happened"))
                .body("articles[0].events[0].regions.code", hasItem("653226"))
                .body("articles[0].events[0].figures.unit", hasItem("km"));
    }

    @Test
    void plainTextPagesTakeTheirOptionsAsQueryParameters() {
        given().contentType("text/plain; charset=utf-8").body(XINHUA).queryParam("publishedOn", "2024-11-29")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("articles[0].events[0].date", equalTo("2024-11-28"));
    }

    @Test
    void theIssueDateIsInferredWhenNotGiven() {
        String page = "2023年5月30日\n癸卯年四月十二\n星期二\n\n阿勒泰地委召开会议\n\n本报讯 5月29日，阿勒泰地委召开第二十二次地委委员会(扩大)会议。\n";
        given().contentType(ContentType.JSON).body(Map.of("text", page))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("publishedOn", equalTo("2023-05-30"))
                .body("publishedOnSource", equalTo("inferred"))
                .body("articles.events.flatten().date", hasItem("2023-05-29"));
    }

    @Test
    void temporalExpressionsAreNormalizedAgainstTheReference() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "截至2023年底，已构筑起一道长达2761公里的绿色阻沙防护带。", "reference", "2024-11-29"))
                .when().post("/api/extract/temporal")
                .then().statusCode(200)
                .body("expressions[0].start", equalTo("2023-12-01"))
                .body("expressions[0].end", equalTo("2023-12-31"))
                .body("expressions[0].precision", equalTo("month"))
                .body("expressions[0].offset", greaterThanOrEqualTo(0))
                .body("expressions[0].text", notNullValue());
    }

    @Test
    void badInputIsRejectedClearly() {
        given().contentType(ContentType.JSON).body(Map.of("text", "  "))
                .when().post("/api/extract").then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("text", "5月29日，开会。", "publishedOn", "2024-13-45"))
                .when().post("/api/extract").then().statusCode(400).body("invalidParams[0].name", equalTo("publishedOn"));
        given().contentType(ContentType.JSON).body(Map.of("text", "5月29日", "reference", "tomorrow"))
                .when().post("/api/extract/temporal").then().statusCode(400);
        given().contentType(ContentType.JSON).body("[1, 2, 3]")
                .when().post("/api/extract").then().statusCode(400);
    }
}

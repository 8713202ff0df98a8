package org.regionaltimeline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.regionaltimeline.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class IngestResourceTest {

    static String sample(String file) throws IOException {
        try (InputStream in = IngestResourceTest.class.getResourceAsStream("/samples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageIsStoredOnceAndItsProjectSpansPagesAYearApart() throws IOException {
        String page2024 = sample("001_a45c2ef3848ceed6.txt");
        String page2025 = sample("000_84a1a8aa8686b5d5.txt");

        // other tests may have stored these sample pages already (one database per test run): new or known, the
        // page answers with all its articles
        asEditor().contentType("text/plain; charset=utf-8").body(page2024)
                .queryParam("publishedOn", "2024-11-29").queryParam("source", "昌吉日报")
                .when().post("/api/ingest")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("articles.size()", greaterThan(4));
        // the same page again changes nothing and says so
        asEditor().contentType("text/plain; charset=utf-8").body(page2024)
                .queryParam("publishedOn", "2024-11-29").queryParam("source", "昌吉日报")
                .when().post("/api/ingest")
                .then().statusCode(200)
                .body("unchanged", equalTo(true))
                .body("articlesCreated", equalTo(0))
                .body("eventsCreated", equalTo(0));
        asEditor().contentType("text/plain; charset=utf-8").body(page2025)
                .queryParam("publishedOn", "2025-06-25").queryParam("source", "克拉玛依日报")
                .when().post("/api/ingest")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        String slug = given().queryParam("q", "塔克拉玛干沙漠边缘阻击战").queryParam("limit", 100).when().get("/api/projects")
                .then().statusCode(200).extract().path("items.find { it.name == '塔克拉玛干沙漠边缘阻击战' }.slug");
        List<String> dates = given().queryParam("limit", 100).when().get("/api/projects/" + slug + "/timeline")
                .then().statusCode(200).extract().path("items.date");
        // the campaign's 2024 push (page of 2024-11-29) and its 2025 meeting (page of 2025-06-25) on one timeline
        org.hamcrest.MatcherAssert.assertThat(dates, hasItems("2025-06-24", "2024"));

        // the green belt closed on 2024-11-28 (塔克拉玛干沙漠绿色阻沙防护带, short 绿色阻沙防护带) is named again on the 2025
        // page as 3046公里绿色阻沙防护带: one project, both pages' articles linked to it
        List<String> belts = given().queryParam("q", "绿色阻沙防护带").queryParam("limit", 100).when().get("/api/projects")
                .then().statusCode(200).extract().path("items.slug");
        org.hamcrest.MatcherAssert.assertThat(belts, org.hamcrest.Matchers.hasSize(1));
        String belt = belts.get(0);
        given().when().get("/api/projects/" + belt).then().statusCode(200)
                .body("aliases", hasItem("3046公里绿色阻沙防护带"));
        given().when().get("/api/projects/" + belt + "/timeline").then().statusCode(200).body("items.date", hasItem("2024-11-28"));
        given().queryParam("project", belt).when().get("/api/articles").then().statusCode(200)
                .body("items.publishedOn", hasItems("2024-11-29", "2025-06-25"));

        given().queryParam("source", "昌吉日报").queryParam("publishedOn", "2024-11-29").queryParam("limit", 100)
                .when().get("/api/articles")
                .then().statusCode(200).body("items.title", hasItem("我国最大沙漠实现3046公里生态屏障全面锁边“合龙”"));
        given().queryParam("region", "653226").when().get("/api/timeline")
                .then().statusCode(200).body("items.date", hasItem("2024-11-28"));
    }
}

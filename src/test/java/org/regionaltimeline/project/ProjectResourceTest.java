package org.regionaltimeline.project;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.regionaltimeline.support.TestArticles.article;

@QuarkusTest
class ProjectResourceTest {

    @Test
    void spellingsOfOneProjectFromPagesAYearApartShareOneTimeline() {
        String n = UUID.randomUUID().toString().substring(0, 4);
        article("2024年的报道" + n).publishedOn("2024-11-29")
                .event("2024-11-28", "绿色阻沙防护带实现全面锁边“合龙”。", "653226", "“绿围脖" + n + "”工程").post();
        article("2025年的报道" + n).publishedOn("2025-06-25")
                .event("2025-06-24", "推进会在和田召开。", "653200", "绿围脖" + n + "工程").post();

        String slug = given().queryParam("q", "绿围脖" + n).when().get("/api/projects")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].slug", matchesPattern("[a-z0-9-]+"))
                .extract().path("items[0].slug");

        given().when().get("/api/projects/" + slug).then().statusCode(200)
                .body("firstDate", equalTo("2024-11-28"))
                .body("lastDate", equalTo("2025-06-25"))
                .body("eventCount", equalTo(2))
                .body("regions.code", hasItems("653226", "653200"));
        given().when().get("/api/projects/" + slug + "/timeline").then().statusCode(200)
                .body("items.date", equalTo(List.of("2025-06-24", "2024-11-28")));
        given().when().get("/api/regions/653200/projects").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        given().queryParam("region", "652300").queryParam("q", "绿围脖" + n).when().get("/api/projects")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void projectsAreListedMostRecentlyActiveFirst() {
        String n = UUID.randomUUID().toString().substring(0, 4);
        article("旧" + n).event("2001-01-01", "旧工程开工。", null, "排序旧" + n + "工程").post();
        article("新" + n).event("2031-01-01", "新工程开工。", null, "排序新" + n + "工程").post();
        given().queryParam("q", n).when().get("/api/projects").then().statusCode(200)
                .body("items.name", equalTo(List.of("排序新" + n + "工程", "排序旧" + n + "工程")));
    }

    @Test
    void unknownSlugsAre404() {
        given().when().get("/api/projects/no-such-project").then().statusCode(404);
        given().when().get("/api/projects/no-such-project/timeline").then().statusCode(404);
    }
}

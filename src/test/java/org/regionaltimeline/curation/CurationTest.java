package org.regionaltimeline.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.regionaltimeline.support.TestArticles.article;
import static org.regionaltimeline.support.TestAuth.asAdmin;
import static org.regionaltimeline.support.TestAuth.asEditor;

/** Editors correct events, merge projects and hide articles; admins delete; every change is in the audit trail. */
@QuarkusTest
class CurationTest {

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long firstEventOf(long articleId) {
        return given().when().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath().getLong("events[0].id");
    }

    private static String slugOf(String projectName) {
        return given().queryParam("q", projectName).when().get("/api/projects").then().statusCode(200)
                .extract().jsonPath().getString("items[0].slug");
    }

    @Test
    void anEditorCorrectsAnEventsDateStatusTextRegionsAndProjects() {
        String t = tag();
        long articleId = article("更正" + t).event("2024-11-20", "11月20日，呼图壁县签约。" + t, "652323", "更正甲" + t + "工程").post();
        article("更正乙" + t).event("2023-05-01", "乙工程启动。" + t, null, "更正乙" + t + "工程").post();
        long eventId = firstEventOf(articleId);
        String from = slugOf("更正甲" + t);
        String to = slugOf("更正乙" + t);

        Map<String, Object> patch = Map.of("date", "2024-12", "status", "planned", "summary", "12月，于田县计划签约。" + t,
                "regions", List.of("653226"), "projects", List.of(to), "timeOfDay", "");
        given().contentType(ContentType.JSON).body(patch).when().patch("/api/events/" + eventId).then().statusCode(401);
        asEditor().contentType(ContentType.JSON).body(patch).when().patch("/api/events/" + eventId).then().statusCode(200)
                .body("date", equalTo("2024-12")).body("precision", equalTo("month"))
                .body("start", equalTo("2024-12-01")).body("end", equalTo("2024-12-31"))
                .body("status", equalTo("planned")).body("timeOfDay", nullValue())
                .body("regions.code", containsInAnyOrder("653226"))
                .body("projects.slug", containsInAnyOrder(to));

        given().queryParam("q", t).when().get("/api/regions/652300/timeline").then().statusCode(200)
                .body("items.id", not(hasItem((int) eventId)));
        given().queryParam("q", t).when().get("/api/regions/653200/timeline").then().statusCode(200)
                .body("items.id", hasItem((int) eventId)).body("items.find { it.id == " + eventId + " }.date", equalTo("2024-12"));
        given().when().get("/api/projects/" + from).then().statusCode(200).body("eventCount", equalTo(0));
        given().when().get("/api/projects/" + to).then().statusCode(200).body("eventCount", equalTo(2))
                .body("firstDate", equalTo("2023-05-01"));
        given().when().get("/api/projects/" + to + "/timeline").then().statusCode(200).body("items.id", hasItem((int) eventId));

        asAdmin().queryParam("entityType", "event").queryParam("entityId", eventId).when().get("/api/audit").then().statusCode(200)
                .body("items[0].action", equalTo("event.update")).body("items[0].actor", equalTo("editor"))
                .body("items[0].before.date", equalTo("2024-11-20")).body("items[0].after.date", equalTo("2024-12"))
                .body("items[0].before.regions[0].code", equalTo("652323"));
    }

    @Test
    void badCorrectionsAreRejectedAndChangeNothing() {
        String t = tag();
        long eventId = firstEventOf(article("坏更正" + t).event("2024-11-20", "原来的摘要。" + t, "652323", null).post());
        asEditor().contentType(ContentType.JSON).body(Map.of("date", "2024-13-45")).when().patch("/api/events/" + eventId)
                .then().statusCode(400);
        asEditor().contentType(ContentType.JSON).body(Map.of("regions", List.of("999999"))).when().patch("/api/events/" + eventId)
                .then().statusCode(400).body("invalidParams.name", hasItem("regions"));
        asEditor().contentType(ContentType.JSON).body(Map.of("projects", List.of("no-such-project"))).when().patch("/api/events/" + eventId)
                .then().statusCode(400);
        asEditor().contentType(ContentType.JSON).body(Map.of("status", "maybe")).when().patch("/api/events/" + eventId).then().statusCode(400);
        asEditor().contentType(ContentType.JSON).body(Map.of()).when().patch("/api/events/" + eventId).then().statusCode(400);
        asEditor().contentType(ContentType.JSON).body(Map.of("summary", "x")).when().patch("/api/events/987654321").then().statusCode(404);
        given().when().get("/api/events/" + eventId).then().statusCode(200)
                .body("summary", equalTo("原来的摘要。" + t)).body("date", equalTo("2024-11-20"));
    }

    @Test
    void mergingProjectsCombinesTimelinesAndKeepsTheOldSlugWorking() {
        String t = tag();
        article("合并甲" + t).event("2024-11-28", "“绿围脖”合龙。" + t, "653226", "“绿围脖" + t + "”工程").post();
        article("合并乙" + t).event("2025-06-24", "阻沙防护带推进会召开。" + t, "653200", "阻沙防护带" + t + "工程").post();
        String keep = slugOf("绿围脖" + t);
        String gone = slugOf("阻沙防护带" + t);

        given().contentType(ContentType.JSON).body(Map.of("from", gone)).when().post("/api/projects/" + keep + "/merge").then().statusCode(401);
        asEditor().contentType(ContentType.JSON).body(Map.of("from", gone)).when().post("/api/projects/" + keep + "/merge").then().statusCode(200)
                .body("slug", equalTo(keep)).body("eventCount", equalTo(2))
                .body("firstDate", equalTo("2024-11-28")).body("lastDate", equalTo("2025-06-24"))
                .body("aliases", hasItem("阻沙防护带" + t + "工程"));

        given().when().get("/api/projects/" + gone).then().statusCode(200).body("slug", equalTo(keep));
        given().when().get("/api/projects/" + gone + "/timeline").then().statusCode(200).body("items.size()", equalTo(2));
        given().queryParam("project", gone).when().get("/api/timeline").then().statusCode(200).body("items.size()", equalTo(2));
        // a later article naming the merged-away project joins the kept one
        article("合并丙" + t).event("2025-07-01", "防护带再推进。" + t, null, "阻沙防护带" + t + "工程").post();
        given().when().get("/api/projects/" + keep).then().statusCode(200).body("eventCount", equalTo(3));

        asEditor().contentType(ContentType.JSON).body(Map.of("from", keep)).when().post("/api/projects/" + keep + "/merge").then().statusCode(400);
        asEditor().contentType(ContentType.JSON).body(Map.of("from", "no-such-project")).when().post("/api/projects/" + keep + "/merge").then().statusCode(400);
        asAdmin().queryParam("entityType", "project").queryParam("entityId", keep).when().get("/api/audit").then().statusCode(200)
                .body("items[0].action", equalTo("project.merge")).body("items[0].before.merged.slug", equalTo(gone));
    }

    @Test
    void hiddenArticlesLeaveEveryReadAndComeBack() {
        String t = tag();
        long id = article("隐藏" + t).event("2024-11-20", "将被隐藏的事件。" + t, "652323", null).post();
        asEditor().contentType(ContentType.JSON).body(Map.of("hidden", true)).when().patch("/api/articles/" + id).then().statusCode(200)
                .body("hidden", equalTo(true)).body("events", equalTo(1));
        given().when().get("/api/articles/" + id).then().statusCode(404);
        given().queryParam("q", t).when().get("/api/timeline").then().statusCode(200).body("items.size()", equalTo(0));
        asEditor().contentType(ContentType.JSON).body(Map.of("hidden", false)).when().patch("/api/articles/" + id).then().statusCode(200);
        given().queryParam("q", t).when().get("/api/timeline").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void onlyAdminsDeleteArticlesAndTheTextStaysInTheAuditTrail() {
        String t = tag();
        long id = article("删除" + t).event("2024-11-20", "将被删除的事件。" + t, "652323", "删除" + t + "工程").post();
        String slug = slugOf("删除" + t);
        asEditor().when().delete("/api/articles/" + id).then().statusCode(403);
        asAdmin().when().delete("/api/articles/" + id).then().statusCode(204);
        asAdmin().when().delete("/api/articles/" + id).then().statusCode(404);
        given().when().get("/api/articles/" + id).then().statusCode(404);
        given().queryParam("q", t).when().get("/api/timeline").then().statusCode(200).body("items.size()", equalTo(0));
        given().when().get("/api/projects/" + slug).then().statusCode(200).body("eventCount", equalTo(0));
        asAdmin().queryParam("entityType", "article").queryParam("entityId", id).when().get("/api/audit").then().statusCode(200)
                .body("items[0].action", equalTo("article.delete")).body("items[0].actor", equalTo("admin"))
                .body("items[0].before.events[0].summary", equalTo("将被删除的事件。" + t)).body("items[0].after", nullValue());
    }
}

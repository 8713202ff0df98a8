package org.regionaltimeline.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regionaltimeline.support.TestArticles.article;

@QuarkusTest
class ChangesResourceTest {

    /** A client's offline copy: entity key → state, fed only by /api/changes. */
    private final Map<String, Object> copy = new HashMap<>();
    private String since;

    private void sync() {
        boolean more;
        do {
            var request = given().queryParam("limit", 7);
            if (since != null) {
                request.queryParam("since", since);
            }
            JsonPath page = request.when().get("/api/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> change : items) {
                String key = change.get("type") + ":" + change.get("id");
                if ("delete".equals(change.get("operation"))) {
                    copy.remove(key);
                } else {
                    copy.put(key, change.get("data"));
                }
            }
            since = page.getString("since");
            more = page.getBoolean("more");
        } while (more);
    }

    private Map<String, Object> serverEvents() {
        Map<String, Object> events = new HashMap<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/timeline").then().statusCode(200).extract().jsonPath();
            for (Object id : page.getList("items.id")) {
                events.put("event:" + id, id);
            }
            cursor = page.getString("next");
        } while (cursor != null);
        return events;
    }

    @Test
    void aClientThatSyncsRepeatedlyEndsWithTheServersEvents() {
        sync();
        for (int round = 0; round < 4; round++) {
            var a = article("同步" + round + System.nanoTime());
            for (int j = 0; j < 4; j++) {
                a.event("2022-0" + (1 + j) + "-01", "同步事件" + round + "-" + j + "。", "652300", "同步测试工程");
            }
            a.post();
            sync();
        }
        Map<String, Object> serverEvents = serverEvents();
        Map<String, Object> copiedEvents = new HashMap<>();
        copy.forEach((k, v) -> {
            if (k.startsWith("event:")) {
                copiedEvents.put(k, v);
            }
        });
        assertEquals(serverEvents.keySet(), copiedEvents.keySet());
        assertTrue(copy.keySet().stream().anyMatch(k -> k.startsWith("project:")));
        assertTrue(copy.keySet().stream().anyMatch(k -> k.startsWith("article:")));
    }

    @Test
    void aBadTokenIsA400() {
        given().queryParam("since", "garbage!").when().get("/api/changes").then().statusCode(400);
    }
}

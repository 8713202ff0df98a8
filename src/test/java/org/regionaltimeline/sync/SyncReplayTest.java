package org.regionaltimeline.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.regionaltimeline.support.TestArticles.article;
import static org.regionaltimeline.support.TestAuth.asAdmin;
import static org.regionaltimeline.support.TestAuth.asEditor;

/**
 * An offline client replays /api/changes into its own copy while the server inserts, corrects, hides, deletes and
 * merges; after every round its copy equals what the server serves: the same events with the same dates and text,
 * the same articles, the same projects with the same counts.
 */
@QuarkusTest
class SyncReplayTest {

    private final Map<String, Map<String, Object>> copy = new HashMap<>();
    private String since;

    @SuppressWarnings("unchecked")
    private void sync() {
        boolean more;
        do {
            var request = given().queryParam("limit", 9);
            if (since != null) {
                request.queryParam("since", since);
            }
            JsonPath page = request.when().get("/api/changes").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                String key = change.get("type") + ":" + change.get("id");
                if ("delete".equals(change.get("operation"))) {
                    copy.remove(key);
                } else {
                    copy.put(key, (Map<String, Object>) change.get("data"));
                }
            }
            since = page.getString("since");
            more = page.getBoolean("more");
        } while (more);
    }

    /** Walks a list endpoint to its end and maps each item to key → the fields compared. */
    private static Map<String, String> walk(String path, String type, String idField, List<String> fields) {
        Map<String, String> result = new HashMap<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                result.put(type + ":" + item.get(idField), project(item, fields));
            }
            cursor = page.getString("next");
        } while (cursor != null);
        return result;
    }

    private static String project(Map<String, Object> item, List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (String f : fields) {
            s.append(f).append('=').append(item.get(f)).append(';');
        }
        return s.toString();
    }

    private Map<String, String> copied(String type, List<String> fields) {
        Map<String, String> result = new HashMap<>();
        copy.forEach((k, v) -> {
            if (k.startsWith(type + ":")) {
                result.put(k, project(v, fields));
            }
        });
        return result;
    }

    private void assertCopyMatchesServer(int round) {
        List<String> eventFields = List.of("date", "summary", "status");
        assertEquals(walk("/api/timeline", "event", "id", eventFields), copied("event", eventFields), "events after round " + round);
        assertEquals(walk("/api/articles", "article", "id", List.of("title")), copied("article", List.of("title")), "articles after round " + round);
        List<String> projectFields = List.of("name", "eventCount");
        assertEquals(walk("/api/projects", "project", "slug", projectFields), copied("project", projectFields), "projects after round " + round);
    }

    private static List<Long> eventIdsOf(long articleId) {
        return given().when().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath().getList("events.id", Long.class);
    }

    @Test
    void aClientReplayingTheFeedEndsWithExactlyTheServersData() {
        Random random = new Random(42);
        String t = UUID.randomUUID().toString().substring(0, 6);
        List<Long> articles = new ArrayList<>();
        sync();
        assertCopyMatchesServer(-1);
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 3; i++) {
                var a = article("同步回放" + round + "-" + i + t);
                for (int j = 0; j < 3; j++) {
                    a.event("2022-0" + (1 + j) + "-1" + i, "回放事件" + round + "-" + i + "-" + j + "。" + t,
                            random.nextBoolean() ? "652323" : "653226", "回放" + (round % 3) + t + "工程");
                }
                articles.add(a.post());
            }
            // correct an event, hide an article, delete another, sometimes show a hidden one again or merge two projects
            long corrected = eventIdsOf(articles.get(random.nextInt(articles.size()))).get(0);
            asEditor().contentType(ContentType.JSON).body(Map.of("summary", "更正后的摘要" + round + "。" + t, "date", "2021-1" + (round % 3)))
                    .when().patch("/api/events/" + corrected).then().statusCode(200);
            long hidden = articles.remove(random.nextInt(articles.size()));
            asEditor().contentType(ContentType.JSON).body(Map.of("hidden", true)).when().patch("/api/articles/" + hidden).then().statusCode(200);
            if (round % 2 == 1) {
                asEditor().contentType(ContentType.JSON).body(Map.of("hidden", false)).when().patch("/api/articles/" + hidden).then().statusCode(200);
                articles.add(hidden);
            }
            long deleted = articles.remove(random.nextInt(articles.size()));
            asAdmin().when().delete("/api/articles/" + deleted).then().statusCode(204);
            if (round == 3) {
                String keep = given().queryParam("q", "回放0" + t).when().get("/api/projects").then().extract().path("items[0].slug");
                String gone = given().queryParam("q", "回放1" + t).when().get("/api/projects").then().extract().path("items[0].slug");
                asEditor().contentType(ContentType.JSON).body(Map.of("from", gone)).when().post("/api/projects/" + keep + "/merge")
                        .then().statusCode(200);
            }
            sync();
            assertCopyMatchesServer(round);
        }
    }
}

package org.regionaltimeline.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regionaltimeline.support.TestArticles.article;
import static org.regionaltimeline.support.TestAuth.asAdmin;

/**
 * Keyset paging stays exact while events are inserted and deleted between pages: no event twice, and every event that
 * existed for the whole walk is seen, in (date, id) order.
 */
@QuarkusTest
class TimelinePagingUnderChangeTest {

    @Test
    void noDuplicatesAndNoGapsWithInsertsAndDeletesInterleaved() {
        String tag = "增删" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var a = article("增删分页" + i + tag);
            for (int j = 0; j < 4; j++) {
                a.event("2019-0" + (1 + j % 3) + "-0" + (1 + i % 3), "第" + i + "篇第" + j + "件。" + tag, "652323", null);
            }
            articles.add(a.post());
        }
        // articles deleted one per page, oldest ids first; their events may or may not have been seen already
        List<Long> doomed = new ArrayList<>(articles.subList(0, 4));
        Set<Long> doomedEvents = new HashSet<>();
        for (long id : doomed) {
            doomedEvents.addAll(given().when().get("/api/articles/" + id).then().extract().jsonPath().getList("events.id", Long.class));
        }
        Set<Long> stable = new HashSet<>(given().queryParam("q", tag).queryParam("limit", 100).queryParam("region", "652300")
                .when().get("/api/timeline").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class));
        stable.removeAll(doomedEvents);

        List<Long> seen = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            var request = given().queryParam("q", tag).queryParam("limit", 5).queryParam("region", "652300");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.when().get("/api/timeline");
            response.then().statusCode(200);
            seen.addAll(response.jsonPath().getList("items.id", Long.class));
            List<String> starts = response.jsonPath().getList("items.start", String.class);
            List<Long> ids = response.jsonPath().getList("items.id", Long.class);
            for (int i = 0; i < ids.size(); i++) {
                keys.add(starts.get(i) + "#" + String.format("%019d", ids.get(i)));
            }
            cursor = response.jsonPath().getString("next");
            if (!doomed.isEmpty()) {
                asAdmin().when().delete("/api/articles/" + doomed.remove(0)).then().statusCode(204);
            }
            article("增删插入" + page + tag).event("2019-02-0" + (1 + page % 3), "插入的事件" + page + "。" + tag, "652323", null).post();
            page++;
        } while (cursor != null);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no event twice");
        assertTrue(seen.containsAll(stable), "every event present for the whole walk was seen");
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, keys, "newest first, ties by id");
    }
}

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regionaltimeline.support.TestArticles.article;

@QuarkusTest
class TimelineResourceTest {

    @Test
    void aTimelineRowCarriesWhatAMobileListShows() {
        String tag = "锁边" + UUID.randomUUID().toString().substring(0, 6);
        article("我国最大沙漠实现3046公里生态屏障全面锁边“合龙”")
                .event("2024-11-28", "28日上午，在新疆于田县，绿色阻沙防护带实现全面锁边“合龙”。" + tag, "653226", "塔克拉玛干沙漠边缘阻击战")
                .post();

        given().queryParam("q", tag).when().get("/api/timeline")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].date", equalTo("2024-11-28"))
                .body("items[0].precision", equalTo("day"))
                .body("items[0].start", equalTo("2024-11-28"))
                .body("items[0].end", equalTo("2024-11-28"))
                .body("items[0].status", equalTo("happened"))
                .body("items[0].regions[0].code", equalTo("653226"))
                .body("items[0].regions[0].name", equalTo("于田县"))
                .body("items[0].projects[0].name", equalTo("塔克拉玛干沙漠边缘阻击战"))
                .body("items[0].projects[0].slug", notNullValue())
                .body("items[0].article.title", equalTo("我国最大沙漠实现3046公里生态屏障全面锁边“合龙”"))
                .body("items[0].article.source", equalTo("昌吉日报"))
                .body("items[0].article.publishedOn", equalTo("2024-11-29"))
                .body("next", equalTo(null));
    }

    @Test
    void aPrefectureTimelineIncludesItsCounties() {
        String tag = "呼图壁" + UUID.randomUUID().toString().substring(0, 6);
        article("“高效办成一件事”办进群众心坎里")
                .event("2024-11-18", "11月18日，呼图壁县政务服务中心办事大厅窗口秩序井然。" + tag, "652323", null)
                .post();

        given().queryParam("q", tag).queryParam("region", "652300").when().get("/api/timeline")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].regions[0].code", equalTo("652323"));
        given().queryParam("q", tag).when().get("/api/regions/652300/timeline")
                .then().statusCode(200).body("items", hasSize(1));
        given().queryParam("q", tag).when().get("/api/regions/650000/timeline")
                .then().statusCode(200).body("items", hasSize(1));
        given().queryParam("q", tag).when().get("/api/regions/653200/timeline")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void partialDatesStatusAndOrderFilter() {
        String tag = "过滤" + UUID.randomUUID().toString().substring(0, 6);
        article("项目落户昌吉农高区")
                .event("2024-11-20", "happened", "签订投资协议书。" + tag, "652300", null)
                .event("2025-04", "planned", "将于2025年4月开工建设。" + tag, "652300", null)
                .event("2023", "happened", "2023年完成造林。" + tag, "652300", null)
                .post();

        given().queryParam("q", tag).queryParam("from", "2024").queryParam("to", "2024-11")
                .when().get("/api/timeline").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].date", equalTo("2024-11-20"));
        given().queryParam("q", tag).queryParam("status", "planned")
                .when().get("/api/timeline").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].date", equalTo("2025-04")).body("items[0].precision", equalTo("month"));
        given().queryParam("q", tag).queryParam("order", "asc")
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", equalTo(List.of("2023", "2024-11-20", "2025-04")));
        given().queryParam("q", tag)
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", equalTo(List.of("2025-04", "2024-11-20", "2023")));
    }

    @Test
    void badParametersAreProblemDocuments() {
        given().queryParam("from", "2024-13-45").when().get("/api/timeline")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Invalid parameter"))
                .body("invalidParams[0].name", equalTo("from"));
        given().queryParam("limit", 0).when().get("/api/timeline").then().statusCode(400).body("invalidParams[0].name", equalTo("limit"));
        given().queryParam("limit", 101).when().get("/api/timeline").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").when().get("/api/timeline").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cursor"));
        given().queryParam("status", "maybe").when().get("/api/timeline").then().statusCode(400);
        given().queryParam("order", "sideways").when().get("/api/timeline").then().statusCode(400);
        given().queryParam("region", "999999").when().get("/api/timeline").then().statusCode(404);
        given().queryParam("project", "no-such-project").when().get("/api/timeline").then().statusCode(404);
        given().when().delete("/api/timeline").then().statusCode(405).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aCursorFromOneFilterIsRejectedWithAnother() {
        for (int i = 0; i < 3; i++) {
            article("游标" + i).event("2022-01-0" + (i + 1), "游标测试" + i, "652300", null).post();
        }
        String next = given().queryParam("limit", 1).when().get("/api/timeline").then().statusCode(200)
                .extract().path("next");
        given().queryParam("limit", 1).queryParam("cursor", next).queryParam("region", "652300")
                .when().get("/api/timeline").then().statusCode(400);
    }

    @Test
    void walkingTheWholeTimelineWhileEventsArriveSeesEveryEventOnce() {
        String tag = "分页" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 6; i++) {
            var a = article("分页测试" + i + tag);
            for (int j = 0; j < 5; j++) {
                // several events share a date: ties are ordered by id
                a.event("2021-0" + (1 + j % 3) + "-1" + (i % 2), "第" + i + "篇第" + j + "件事。" + tag, "652323", null);
            }
            a.post();
        }
        Set<Long> before = new HashSet<>(given().queryParam("q", tag).queryParam("limit", 100).when().get("/api/timeline")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class));
        assertEquals(30, before.size());

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            var request = given().queryParam("q", tag).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.when().get("/api/timeline");
            response.then().statusCode(200).body("items.size()", lessThanOrEqualTo(7));
            seen.addAll(response.jsonPath().getList("items.id", Long.class));
            cursor = response.jsonPath().getString("next");
            // new events, newer and older than the page boundary, arrive between pages
            article("插入" + page + tag).event("2021-02-1" + (page % 2), "插入的事件" + page + "。" + tag, "652323", null)
                    .event("2030-01-01", "未来的事件" + page + "。" + tag, "652323", null).post();
            page++;
        } while (cursor != null);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no event twice");
        assertTrue(seen.containsAll(before), "every event that existed at the start was seen");
    }

    @Test
    void pagesCarryLinkHeadersAndWalkBackWithPrev() {
        String tag = "链接" + UUID.randomUUID().toString().substring(0, 6);
        var a = article("链接测试" + tag);
        for (int j = 0; j < 5; j++) {
            a.event("2020-03-0" + (j + 1), "事件" + j + "。" + tag, null, null);
        }
        a.post();
        Response first = given().queryParam("q", tag).queryParam("limit", 2).when().get("/api/timeline");
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        Response second = given().queryParam("q", tag).queryParam("limit", 2).queryParam("cursor", (String) first.path("next"))
                .when().get("/api/timeline");
        second.then().statusCode(200).body("items.date", equalTo(List.of("2020-03-03", "2020-03-02")))
                .header("Link", containsString("rel=\"prev\""));
        given().queryParam("q", tag).queryParam("limit", 2).queryParam("cursor", (String) second.path("prev"))
                .when().get("/api/timeline").then().statusCode(200)
                .body("items.date", equalTo(List.of("2020-03-05", "2020-03-04")));
    }

    @Test
    void everyPageHasAnETagAndAnswers304WhenUnchanged() {
        String tag = "缓存" + UUID.randomUUID().toString().substring(0, 6);
        var a = article("缓存测试" + tag);
        for (int j = 0; j < 5; j++) {
            a.event("2019-05-0" + (j + 1), "事件" + j + "。" + tag, null, null);
        }
        a.post();
        List<String> etags = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", tag).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            cursors.add(cursor);
            Response r = request.when().get("/api/timeline");
            r.then().statusCode(200).header("ETag", startsWith("\"")).header("Cache-Control", containsString("max-age"));
            etags.add(r.header("ETag"));
            cursor = r.path("next");
        } while (cursor != null);
        assertEquals(3, etags.size());
        for (int i = 0; i < etags.size(); i++) {
            var request = given().queryParam("q", tag).queryParam("limit", 2).header("If-None-Match", etags.get(i));
            if (cursors.get(i) != null) {
                request.queryParam("cursor", cursors.get(i));
            }
            request.when().get("/api/timeline").then().statusCode(304).body(equalTo(""));
        }
    }

    @Test
    void jsonIsCompressedWhenTheClientAsks() {
        for (int i = 0; i < 3; i++) {
            article("压缩" + i).event("2018-01-0" + (i + 1), "压缩测试的事件，文字足够长才值得压缩。".repeat(20), "652300", null).post();
        }
        given().header("Accept-Encoding", "gzip").queryParam("limit", 50).when().get("/api/timeline")
                .then().statusCode(200).header("Content-Encoding", "gzip")
                .body("items.size()", greaterThanOrEqualTo(3))
                .body("items.status", everyItem(notNullValue()))
                .body("items.regions.flatten().code", hasItem("652300"));
    }

    @Test
    void theCompactViewKeepsListRowsSmall() {
        String tag = "紧凑" + UUID.randomUUID().toString().substring(0, 6);
        var a = article("新疆“三北”工程攻坚战暨塔克拉玛干沙漠边缘阻击战推进会在和田召开" + tag);
        for (int j = 0; j < 10; j++) {
            a.event("2025-06-2" + (j % 9), "6月24日，新疆“三北”工程攻坚战暨塔克拉玛干沙漠边缘阻击战推进会在和田召开，会议总结交流经验，安排部署下一阶段重点任务。" + j + tag,
                    "653200", "塔克拉玛干沙漠边缘阻击战");
        }
        a.post();
        int full = given().queryParam("q", tag).queryParam("limit", 10).when().get("/api/timeline").then().statusCode(200)
                .extract().asByteArray().length;
        Response compact = given().queryParam("q", tag).queryParam("limit", 10).queryParam("view", "compact").when().get("/api/timeline");
        compact.then().statusCode(200)
                .body("items", hasSize(10))
                .body("items[0].regions[0]", equalTo("653200"))
                .body("items[0].summary", containsString("…"));
        int small = compact.asByteArray().length;
        assertTrue(small / 10 < 400, "compact row " + small / 10 + " bytes");
        assertTrue(small < full * 0.7, "compact " + small + " vs full " + full);
        given().queryParam("view", "tiny").when().get("/api/timeline").then().statusCode(400);
    }

    @Test
    void browsersFromConfiguredOriginsMayRead() {
        given().header("Origin", "https://app.example.org").when().get("/api/timeline")
                .then().statusCode(200).header("Access-Control-Allow-Origin", notNullValue());
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "GET")
                .when().options("/api/timeline")
                .then().statusCode(200).header("Access-Control-Allow-Origin", notNullValue());
    }
}

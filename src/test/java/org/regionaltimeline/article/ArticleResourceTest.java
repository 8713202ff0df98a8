package org.regionaltimeline.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.TestArticles;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.regionaltimeline.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.regionaltimeline.support.TestArticles.article;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void postingAnArticleStoresItWithEventsFiguresAndLinks() {
        TestArticles input = article("全州首个新能源汽车产业园明年开建")
                .regions("652300")
                .projects("亚欧新能源汽车供应链智慧物流产业园项目")
                .event("2024-11-20", "11月20日下午，昌吉农高区与新疆思诺供应链管理有限公司签订亚欧新能源汽车供应链智慧物流产业园项目投资协议书。",
                        "652300", "亚欧新能源汽车供应链智慧物流产业园项目")
                .figure("总投资7.4亿元", 740_000_000L, "CNY");
        String location = asEditor().contentType(ContentType.JSON).body(input.json())
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("title", equalTo("全州首个新能源汽车产业园明年开建"))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200)
                .body("source", equalTo("昌吉日报"))
                .body("publishedOn", equalTo("2024-11-29"))
                .body("regions.code", hasItem("652300"))
                .body("projects.name", hasItem("亚欧新能源汽车供应链智慧物流产业园项目"))
                .body("events", hasSize(1))
                .body("events[0].date", equalTo("2024-11-20"))
                .body("events[0].figures[0].text", equalTo("总投资7.4亿元"))
                .body("events[0].figures[0].value", equalTo(740000000))
                .body("events[0].figures[0].unit", equalTo("CNY"));
    }

    @Test
    void theSameContentIsRecognizedAndNotStoredTwice() {
        TestArticles input = article("重复" + UUID.randomUUID()).event("2024-01-02", "重复的事件。", null, null);
        long id = input.post();
        asEditor().contentType(ContentType.JSON).body(input.json())
                .when().post("/api/articles")
                .then().statusCode(200)
                .header("Location", endsWith("/api/articles/" + id))
                .body("id", equalTo((int) id))
                .body("events", hasSize(1));
    }

    @Test
    void listsFilterBySourceIssueDateRegionAndProject() {
        String source = "测试日报" + UUID.randomUUID().toString().substring(0, 4);
        var a = article("列表测试").publishedOn("2023-05-30").regions("652323").projects("列表测试工程");
        a.json().put("source", source);
        long id = a.post();
        given().queryParam("source", source).when().get("/api/articles").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) id)).body("items[0].publishedOn", equalTo("2023-05-30"));
        given().queryParam("source", source).queryParam("publishedOn", "2023-05").when().get("/api/articles")
                .then().statusCode(200).body("items", hasSize(1));
        given().queryParam("source", source).queryParam("publishedOn", "2024").when().get("/api/articles")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("source", source).queryParam("region", "652300").when().get("/api/articles")
                .then().statusCode(200).body("items", hasSize(1));
        String slug = given().when().get("/api/articles/" + id).then().extract().path("projects[0].slug");
        given().queryParam("project", slug).when().get("/api/articles").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void unknownArticlesAre404() {
        given().when().get("/api/articles/987654321").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/articles/abc").then().statusCode(404);
    }

    @Test
    void invalidArticlesAreRejectedWithTheirFieldNames() {
        asEditor().contentType(ContentType.JSON).body("{\"title\": \"无正文\"}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("invalidParams.name", hasItem("body"));
        asEditor().contentType(ContentType.JSON)
                .body("{\"body\": \"正文\", \"events\": [{\"date\": \"2024-13-45\", \"summary\": \"坏日期\"}]}")
                .when().post("/api/articles").then().statusCode(400);
        asEditor().contentType(ContentType.JSON).body("{\"body\": \"正文\", \"regions\": [\"999999\"]}")
                .when().post("/api/articles").then().statusCode(400).body("invalidParams.name", hasItem("regions"));
        asEditor().contentType(ContentType.JSON).body("{\"body\": ")
                .when().post("/api/articles").then().statusCode(400).contentType(startsWith("application/problem+json"));
        asEditor().contentType(ContentType.JSON).body("{\"body\": \"正文\", \"publishedOn\": \"yesterday\"}")
                .when().post("/api/articles").then().statusCode(400);
        asEditor().contentType(ContentType.XML).body("<article/>")
                .when().post("/api/articles").then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void undatedArticlesArePagedToo() {
        String source = "无日期报" + java.util.UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            asEditor().contentType(ContentType.JSON).body(java.util.Map.of("source", source, "body", "无日期的文章" + i + source))
                    .when().post("/api/articles").then().statusCode(201);
        }
        java.util.List<Object> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("source", source).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(3, new java.util.HashSet<>(seen).size(), seen.toString());
    }
}

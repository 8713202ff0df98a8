package org.regionaltimeline.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.regionaltimeline.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ArticleImportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String ndjson(List<?> lines) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Object line : lines) {
            sb.append(line instanceof String s ? s : JSON.writeValueAsString(line)).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Object> article(String tag, int i) {
        return org.regionaltimeline.support.TestArticles.article("导入测试" + tag + "-" + i)
                .regions("652300")
                .projects("导入测试工程" + tag)
                .event("2021-0" + (i % 9 + 1) + "-15", "导入测试事件" + tag + "-" + i + "。", "652323", "导入测试工程" + tag)
                .event("2021-0" + (i % 9 + 1), "planned", "导入测试计划" + tag + "-" + i + "。", "652301", null)
                .figure("总投资7.4亿元", 740_000_000L, "CNY")
                .json();
    }

    @Test
    void importsCreatesThenReimportIsUnchangedAndStoredLikeASinglePost() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            lines.add(article(tag, i));
        }
        String body = ndjson(lines);
        asEditor().contentType("application/x-ndjson; charset=UTF-8").body(bytes(body))
                .when().post("/api/articles/import")
                .then().statusCode(200)
                .body("received", equalTo(7)).body("created", equalTo(7)).body("unchanged", equalTo(0))
                .body("rejected", equalTo(0)).body("events", equalTo(14)).body("errors", hasSize(0));

        // the same lines again: recognized by content hash, nothing new
        asEditor().contentType("application/x-ndjson; charset=UTF-8").body(bytes(body))
                .when().post("/api/articles/import")
                .then().statusCode(200)
                .body("received", equalTo(7)).body("created", equalTo(0)).body("unchanged", equalTo(7)).body("events", equalTo(0));

        // a single POST of an imported article is recognized too: the import stored it exactly as POST would
        asEditor().contentType("application/json").body(lines.get(3))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("regions.code", hasItem("652300"))
                .body("events", hasSize(2))
                .body("events[0].figures[0].text", equalTo("总投资7.4亿元"));

        // links and denormalized project data are in place: project timeline, region timeline (descendants)
        String slug = given().queryParam("q", "导入测试工程" + tag).when().get("/api/projects")
                .then().statusCode(200).extract().path("items[0].slug");
        given().when().get("/api/projects/" + slug).then().statusCode(200).body("eventCount", equalTo(7));
        given().queryParam("limit", 100).queryParam("q", "导入测试事件" + tag).queryParam("region", "652300")
                .when().get("/api/timeline").then().statusCode(200).body("items", hasSize(7));
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumbersAndTheGoodLinesLand() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> unknownRegion = article(tag, 3);
        unknownRegion.put("regions", List.of("999999"));
        Map<String, Object> badDate = article(tag, 4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) badDate.get("events");
        events.get(0).put("date", "2021-13-40");
        Map<String, Object> noBody = article(tag, 5);
        noBody.remove("body");
        String body = ndjson(List.of(article(tag, 1), "{not json", "", article(tag, 2), unknownRegion, badDate, noBody, article(tag, 6)));
        asEditor().contentType("application/x-ndjson; charset=UTF-8").body(bytes(body))
                .when().post("/api/articles/import")
                .then().statusCode(200)
                .body("received", equalTo(7)).body("created", equalTo(3)).body("rejected", equalTo(4))
                .body("errors.line", equalTo(List.of(2, 5, 6, 7)))
                .body("errors[0].reason", startsWith("not valid JSON"))
                .body("errors[1].reason", containsString("999999"))
                .body("errors[2].reason", containsString("events.date"))
                .body("errors[3].reason", containsString("body"));
        given().queryParam("q", "导入测试事件" + tag).queryParam("limit", 100)
                .when().get("/api/timeline").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void anEmptyBodyOrAJsonArrayIsA400AndOtherMediaTypesA415() {
        asEditor().contentType("application/x-ndjson; charset=UTF-8").body(bytes("\n\n"))
                .when().post("/api/articles/import")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
        asEditor().contentType("application/x-ndjson; charset=UTF-8").body(bytes("[{\"body\":\"x\"}]"))
                .when().post("/api/articles/import")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("NDJSON"));
        given().contentType("application/xml").body(bytes("<a/>"))
                .when().post("/api/articles/import")
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }
}

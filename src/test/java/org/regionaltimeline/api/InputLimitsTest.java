package org.regionaltimeline.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.DbState;
import org.regionaltimeline.support.Samples;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regionaltimeline.support.TestAuth.asEditor;

/** Limits on bodies and query parameters, strict decoding and the removal of invisible characters, through the HTTP API. */
@QuarkusTest
class InputLimitsTest {

    static final String SENTENCE = "新华社乌鲁木齐11月28日电 28日上午，在塔克拉玛干沙漠南缘的新疆于田县，随着最后一株玫瑰苗栽下，绿色阻沙防护带实现全面锁边“合龙”。";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBodyOverTheLimitIs413ProblemJsonAndStoresNothing() {
        asEditor();
        Map<String, Long> before = DbState.counts(dataSource);
        byte[] big = "新".repeat(400_000).getBytes(StandardCharsets.UTF_8); // 1.2 MB
        asEditor().contentType("text/plain; charset=utf-8").body(big).when().post("/api/ingest")
                .then().statusCode(413).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("status", equalTo(413)).body("title", equalTo("Payload Too Large")).body("detail", containsString("at most"));
        given().contentType(ContentType.JSON).body(("{\"text\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/extract").then().statusCode(413).contentType(startsWith(Problem.MEDIA_TYPE));
        assertEquals(before, DbState.counts(dataSource));
        given().when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void aChunkedBodyIs411ProblemJson() throws Exception {
        HttpURLConnection http = (HttpURLConnection) URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/extract").toURL().openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setChunkedStreamingMode(8192);
        http.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
        byte[] chunk = "新".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = http.getOutputStream()) {
            for (int i = 0; i < 40; i++) { // 1.2 MB
                out.write(chunk);
            }
        } catch (java.io.IOException closedEarly) {
            // the server answers and closes before the whole body is sent
        }
        assertEquals(411, http.getResponseCode());
        assertTrue(http.getContentType().startsWith(Problem.MEDIA_TYPE));
        given().when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void aPageUnderTheBodyLimitButOverTheCharacterLimitIs400() {
        given().contentType("text/plain; charset=utf-8").body("a".repeat(100_001)).when().post("/api/extract")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE)).body("invalidParams.name", hasItem("text"));
        given().contentType("text/plain; charset=utf-8").body("1月1日\n".repeat(3_001)).when().post("/api/extract")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE)).body("detail", containsString("lines"));
    }

    @Test
    void longOrControlQueryParametersAre400() {
        for (String path : new String[]{"/api/timeline", "/api/projects", "/api/regions"}) {
            given().queryParam("q", "昌".repeat(201)).when().get(path).then().statusCode(400)
                    .contentType(startsWith(Problem.MEDIA_TYPE)).body("invalidParams.name", hasItem("q"));
        }
        given().queryParam("source", "x".repeat(600)).when().get("/api/articles").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("invalidParams.name", hasItem("source"));
        given().urlEncodingEnabled(false).when().get("/api/timeline?q=a%00b").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("invalidParams.name", hasItem("q"));
        given().urlEncodingEnabled(false).when().get("/api/timeline?q=%FF%FE").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        // a malformed escape is refused by Vert.x itself (a bare 400), and the service goes on
        String raw = org.regionaltimeline.support.RawHttp.send("GET /api/timeline?q=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        given().queryParam("limit", 0).when().get("/api/timeline").then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
        given().queryParam("limit", 101).when().get("/api/timeline").then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
        // zero-width characters and RTL marks in q are not an error: they simply match nothing
        given().queryParam("q", "\u200F\u200B").when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void invalidUtf8BodiesAre400NotReplacementCharacters() {
        asEditor(); // the test editor exists before the counts are taken
        Map<String, Long> before = DbState.counts(dataSource);
        byte[] page = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[page.length + 2];
        System.arraycopy(page, 0, broken, 0, 10);
        broken[10] = (byte) 0xFF;
        broken[11] = (byte) 0xC0;
        System.arraycopy(page, 10, broken, 12, page.length - 10);
        asEditor().contentType("text/plain; charset=utf-8").body(broken).queryParam("publishedOn", "2024-11-29")
                .when().post("/api/ingest").then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://regionaltimeline.org/problems/invalid-encoding"));
        given().contentType("text/plain; charset=utf-8").body(broken).when().post("/api/extract").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        // without a charset, the body is UTF-8
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain").body(broken).when().post("/api/extract").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        // another charset is honoured: GBK bytes are read as GBK, not stored as garbage
        given().contentType("text/plain; charset=GBK").body(SENTENCE.getBytes(java.nio.charset.Charset.forName("GBK")))
                .queryParam("publishedOn", "2024-11-29").when().post("/api/extract").then().statusCode(200)
                .body("articles[0].body", containsString("塔克拉玛干沙漠南缘的新疆于田县"))
                .body("articles[0].events[0].date", equalTo("2024-11-28"));
        given().contentType("text/plain; charset=x-no-such-charset").body(page).when().post("/api/extract").then().statusCode(415)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        byte[] json = ("{\"text\":\"" + SENTENCE + "\"}").getBytes(StandardCharsets.UTF_8);
        json[15] = (byte) 0xFE;
        asEditor().contentType(ContentType.JSON).body(json).when().post("/api/ingest").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        asEditor().contentType(ContentType.JSON).body(Map.of("title", "编码", "body", "正文")).body(json).when().post("/api/articles")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
        assertEquals(before, DbState.counts(dataSource));
    }

    @Test
    void zeroWidthAndControlCharactersDoNotBreakExtraction() {
        String dirty = "\uFEFF新华社乌鲁木齐11月2\u200B8日电 2\u200D8\u200B日上午\u0007，在塔克拉玛干沙漠南缘的新疆于田县\u200F，绿色阻沙防护带实现全面锁边“合龙”。";
        given().contentType("text/plain; charset=utf-8").queryParam("publishedOn", "2024-11-29").body(dirty)
                .when().post("/api/extract").then().statusCode(200)
                .body("articles[0].events[0].date", equalTo("2024-11-28"))
                .body("articles[0].events[0].timeOfDay", equalTo("morning"))
                .body("articles[0].body", org.hamcrest.Matchers.not(containsString("\u200B")));
        given().contentType(ContentType.JSON).body(Map.of("text", dirty, "publishedOn", "2024-11-29"))
                .when().post("/api/extract").then().statusCode(200)
                .body("articles[0].events[0].date", equalTo("2024-11-28"));
        // offsets of normalized expressions still point into the text as sent
        String temporal = "\u200B\u200B11月2\u200B6日下午，对接会举行。";
        given().contentType(ContentType.JSON).body(Map.of("text", temporal, "reference", "2024-11-29"))
                .when().post("/api/extract/temporal").then().statusCode(200)
                .body("expressions[0].start", equalTo("2024-11-26"))
                .body("expressions[0].offset", equalTo(2));
        given().contentType("text/plain; charset=utf-8").body("\u200B\u200B\uFEFF\u0000").when().post("/api/extract").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("invalidParams.name", hasItem("text"));
    }

    @Test
    void aPageWithInvisibleCharactersIsTheSamePageWhenStored() {
        Samples.Page page = Samples.pages().get(3);
        String dirty = "\uFEFF" + page.text().replace("日", "日\u200B").replace("\n", "\r\n").replace("。", "\u200E。");
        int created = asEditor().contentType("text/plain; charset=utf-8").queryParam("publishedOn", page.publishedOn())
                .queryParam("source", page.source() + "\u200B").body(dirty)
                .when().post("/api/ingest").then().statusCode(201).extract().jsonPath().getInt("articlesCreated");
        assertTrue(created > 0);
        // the clean page is recognized as the same articles: nothing new
        asEditor().contentType("text/plain; charset=utf-8").queryParam("publishedOn", page.publishedOn())
                .queryParam("source", page.source()).body(page.text())
                .when().post("/api/ingest").then().statusCode(200).body("unchanged", equalTo(true));
        given().queryParam("source", page.source()).queryParam("limit", 100).when().get("/api/articles").then().statusCode(200)
                .body("items.title.findAll { it != null && it.contains('\u200B') }.size()", equalTo(0));
    }

    @Test
    void aStructuredArticleIsCleanedBeforeItIsStored() {
        String title = "标题\u200B测试\u202E" + java.util.UUID.randomUUID();
        long id = asEditor().contentType(ContentType.JSON).body(Map.of("title", title, "source", "昌吉日报\u0000",
                        "body", "\uFEFF11月20日下午，\u200B签约。\r\n第二段。" + title,
                        "events", java.util.List.of(Map.of("date", "2024-11-20", "summary", "11月20日下午\u200B，签约。"))))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo(title.replace("\u200B", "").replace("\u202E", "")))
                .body("body", startsWith("11月20日下午，签约。\n第二段。"))
                .body("events[0].summary", equalTo("11月20日下午，签约。"));
        asEditor().contentType(ContentType.JSON).body(Map.of("title", "空", "body", "\u200B\u200B\uFEFF"))
                .when().post("/api/articles").then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void theLargestAcceptedPageIsExtractedInBoundedTime() {
        StringBuilder real = new StringBuilder();
        while (real.length() < 100_000) {
            Samples.pages().forEach(p -> real.append(p.text().replace("\n", "")).append('\n'));
        }
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("real pages as long paragraphs", real.substring(0, 99_990));
        pages.put("real pages, 2,990 lines", String.join("\n", Samples.pages().stream()
                .flatMap(p -> p.text().lines()).toList()).repeat(2).lines().limit(2_990).reduce((a, b) -> a + "\n" + b).orElseThrow());
        pages.put("dates without sentence ends", "1月1日".repeat(24_990));
        pages.put("one date per line", "1月1日\n".repeat(2_990));
        pages.put("full-width digits", "１２３４５６７８９０".repeat(9_999));
        pages.put("Chinese numeral dates", "二〇二四年十一月二十日".repeat(9_000));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long start = System.nanoTime();
            given().contentType("text/plain; charset=utf-8").queryParam("publishedOn", "2024-11-29").body(page.getValue())
                    .when().post("/api/extract").then().statusCode(200);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("extraction of a %,d-character page (%s): %d ms%n", page.getValue().length(), page.getKey(), millis);
            assertTrue(millis < 30_000, "extraction is bounded by the page limit and the timeout");
        }
    }
}

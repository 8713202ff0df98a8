package org.regionaltimeline.hostile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.DbState;
import org.regionaltimeline.support.TestAuth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static io.restassured.RestAssured.config;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Malformed JSON, wrong types, huge strings, injections and random bytes sent to every write and extract endpoint
 * (as an editor, so the input reaches the code, not just the authentication): never a 5xx, every 4xx problem+json,
 * and a rejected write leaves every table as it was.
 */
@QuarkusTest
class HostileWriteTest {

    record Target(String path, String contentType, Supplier<RequestSpecification> who) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("/api/articles", "application/json", TestAuth::asEditor),
            new Target("/api/ingest", "application/json", TestAuth::asEditor),
            new Target("/api/ingest", "text/plain; charset=utf-8", TestAuth::asEditor),
            new Target("/api/extract", "application/json", () -> given()),
            new Target("/api/extract", "text/plain; charset=utf-8", () -> given()),
            new Target("/api/extract/temporal", "application/json", () -> given()),
            new Target("/api/users", "application/json", TestAuth::asAdmin),
            new Target("/api/tokens", "application/json", TestAuth::asEditor));

    static final List<String> MALFORMED_JSON = List.of(
            "", "{", "}", "{\"text\":", "{\"text\":\"unterminated", "[]", "null", "\"a string\"", "123", "true",
            "{\"text\": 5}", "{\"text\": [\"a\"]}", "{\"text\": {\"a\": 1}}", "{\"text\": null}", "{\"text\": \"\"}",
            "{\"text\": \"本报讯\", \"publishedOn\": 20241129}", "{\"text\": \"本报讯\", \"publishedOn\": \"2024-02-30\"}",
            "{\"text\": \"本报讯\", \"publishedOn\": \"'; DROP TABLE event; --\"}", "{\"text\": \"本报讯\", \"source\": [1,2]}",
            "{\"text\": \"本报讯\", \"reference\": \"２０２４-１１-２９\"}",
            "{\"text\": 1e999999}", "{\"text\": \"a\", \"text\": \"b\"}", "\uFEFF{\"text\": \"本报讯 11月20日签约。\"}",
            "{\"text\": \"\\u0000\\u0000\"}", "{\"text\": \"\\ud800\"}", "{'text': 'single quotes'}", "{\"text\": \"a\",}",
            "{\"title\": 1, \"body\": true}", "{\"body\": \"正文\", \"events\": \"not a list\"}",
            "{\"body\": \"正文\", \"events\": [{\"date\": \"2024-13-45\", \"summary\": \"x\"}]}",
            "{\"body\": \"正文\", \"events\": [{\"date\": \"2024-11-20\", \"summary\": \"x\", \"figures\": [{\"text\": \"7亿\", \"value\": \"abc\"}]}]}",
            "{\"body\": \"正文\", \"regions\": [\"'; DROP TABLE event; --\"]}", "{\"body\": \"正文\", \"kind\": \"<script>\"}",
            "{\"body\": \"正文\", \"publishedOn\": \"../../etc/passwd\"}",
            "{\"username\": \"'; DROP TABLE app_user; --\", \"password\": \"x\", \"role\": \"root\"}",
            "{\"username\": \"<script>\", \"password\": 12, \"role\": [\"admin\"]}",
            "{\"name\": \"" + "x".repeat(5000) + "\", \"expiresAt\": \"never\"}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"text\": \"" + "\\u200B".repeat(20_000) + "\"}");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void malformedJsonAndWrongTypesAreProblemsAndStoreNothing() {
        int requests = 0;
        for (Target t : TARGETS) {
            if (!t.contentType().startsWith("application/json")) {
                continue;
            }
            for (String body : MALFORMED_JSON) {
                send(t, body.getBytes(StandardCharsets.UTF_8), "JSON " + abbreviate(body));
                requests++;
            }
        }
        System.out.printf("hostile JSON: %d requests, no 5xx%n", requests);
        stillServing();
    }

    @Test
    void injectionsAndUnicodeInEveryTextFieldAreStoredVerbatimOrRefused() {
        for (String value : Hostile.VALUES) {
            String json = json(Map.of("title", value, "body", "11月20日，" + value + "。", "source", value,
                    "events", List.of(Map.of("date", "2024-11-20", "summary", "11月20日，" + value + "签约。", "dateText", value))));
            send(TARGETS.get(0), json.getBytes(StandardCharsets.UTF_8), "article with " + abbreviate(value));
            send(TARGETS.get(1), json(Map.of("text", "本报讯 11月20日，" + value + "签约。", "source", value.length() > 100 ? "x" : value,
                    "publishedOn", "2024-11-29")).getBytes(StandardCharsets.UTF_8), "ingest with " + abbreviate(value));
            send(TARGETS.get(3), json(Map.of("text", value.isBlank() ? "x" : value, "publishedOn", value)).getBytes(StandardCharsets.UTF_8),
                    "extract with " + abbreviate(value));
        }
        // the injections were data: every table is still there
        assertEquals(DbState.TABLES.size(), DbState.counts(dataSource).size());
        stillServing();
    }

    @Test
    void randomBytesToEveryWriteAndExtractEndpoint() {
        Random random = new Random(20241128L);
        int requests = 0;
        for (Target t : TARGETS) {
            for (int i = 0; i < 40; i++) {
                byte[] body = new byte[random.nextInt(i < 30 ? 2_000 : 20_000)];
                random.nextBytes(body);
                if (i % 4 == 0) {
                    // mostly valid text with a few random bytes inside: the decoder must still refuse it
                    byte[] text = ("{\"text\":\"本报讯 11月20日，昌吉签约。" + i + "\"}").getBytes(StandardCharsets.UTF_8);
                    body = java.util.Arrays.copyOf(text, text.length + 3);
                    body[text.length - 5] = (byte) (0x80 | random.nextInt(0x40));
                }
                send(t, body, i + ": " + body.length + " random bytes");
                requests++;
            }
        }
        System.out.printf("random bytes: %d requests, no 5xx%n", requests);
        stillServing();
    }

    @Test
    void hugeStringsUnderAndOverTheLimits() {
        for (Target t : TARGETS) {
            for (int size : new int[]{100_001, 400_000, 1_100_000}) {
                String huge = "新疆".repeat(size / 2);
                byte[] body = t.contentType().startsWith("text") ? huge.getBytes(StandardCharsets.UTF_8)
                        : json(Map.of("text", huge, "title", huge, "body", huge, "username", huge, "password", huge, "name", huge))
                        .getBytes(StandardCharsets.UTF_8);
                send(t, body, size + " characters");
            }
        }
        stillServing();
    }

    /** Sends the body; a refused write must leave the database as it was. */
    private void send(Target t, byte[] body, String what) {
        RequestSpecification client = t.who().get();
        Map<String, Long> before = DbState.counts(dataSource);
        Response r = client.config(config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false))
                        .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 60_000).setParam("http.connection.timeout", 10_000)))
                .contentType(t.contentType()).body(body).when().post(t.path());
        Hostile.assertHandled(r, "POST " + t.path() + " (" + t.contentType() + ") " + what);
        if (r.statusCode() >= 400) {
            Map<String, Long> after = DbState.counts(dataSource);
            assertEquals(before, after, () -> "a refused write changed the database: POST " + t.path() + " " + what);
        }
    }

    private static void stillServing() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/timeline").then().statusCode(200);
        TestAuth.asEditor().contentType("application/json").body(Map.of("text", "本报讯 11月20日，昌吉签约。", "publishedOn", "2024-11-29"))
                .when().post("/api/extract").then().statusCode(200);
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }
}

package org.regionaltimeline.hostile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.DbState;
import org.regionaltimeline.support.RawHttp;
import org.regionaltimeline.support.TestArticles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regionaltimeline.support.TestAuth.asAdmin;

/**
 * Every query parameter and path parameter of every GET operation in the OpenAPI document, filled with hostile values:
 * never a 5xx, every 4xx problem+json, nothing stored, and the service keeps serving.
 */
@QuarkusTest
class HostileQueryTest {

    /** The GET operations the issue names; the OpenAPI document must list them all (and may list more). */
    static final List<String> KNOWN = List.of("/api/timeline", "/api/regions", "/api/regions/{code}", "/api/regions/{code}/timeline",
            "/api/regions/{code}/projects", "/api/projects", "/api/projects/{slug}", "/api/projects/{slug}/timeline", "/api/articles",
            "/api/articles/{id}", "/api/changes", "/api/audit");

    @Inject
    AgroalDataSource dataSource;

    String slug;
    long articleId;

    @BeforeEach
    void someData() {
        articleId = TestArticles.article("敌意测试文章").regions("652323").projects("敌意测试产业园项目")
                .event("2024-11-20", "11月20日，敌意测试产业园项目签约。", "652323", "敌意测试产业园项目").post();
        slug = given().queryParam("q", "敌意测试产业园").when().get("/api/projects").then().statusCode(200)
                .extract().jsonPath().getString("items[0].slug");
    }

    record Operation(String path, List<String> query, List<String> pathParams, boolean secured) {
    }

    static List<Operation> getOperations() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> p : paths.entrySet()) {
            if (!p.getKey().startsWith("/api") || !(p.getValue().get("get") instanceof Map<?, ?> get)) {
                continue;
            }
            List<String> query = new ArrayList<>();
            List<String> pathParams = new ArrayList<>();
            if (get.get("parameters") instanceof List<?> params) {
                for (Object o : params) {
                    Map<?, ?> param = (Map<?, ?>) o;
                    ("path".equals(param.get("in")) ? pathParams : query).add(String.valueOf(param.get("name")));
                }
            }
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(p.getKey());
            while (m.find()) {
                if (!pathParams.contains(m.group(1))) {
                    pathParams.add(m.group(1));
                }
            }
            query.removeIf(pathParams::contains);
            ops.add(new Operation(p.getKey(), query, pathParams, get.get("security") instanceof List<?> s && !s.isEmpty()));
        }
        return ops;
    }

    private Map<String, String> validPathParams() {
        return Map.of("code", "652300", "slug", slug, "id", String.valueOf(articleId), "username", "admin");
    }

    private static RequestSpecification client(Operation op) {
        // secured reads (the audit trail, users, tokens) are attacked with the strongest credentials
        return op.secured() ? asAdmin() : given();
    }

    @Test
    void everyQueryParameterOfEveryGetSurvivesHostileValues() {
        List<Operation> ops = getOperations();
        assertTrue(ops.stream().map(Operation::path).toList().containsAll(KNOWN), () -> "OpenAPI lists " + ops);
        Map<String, Long> before = DbState.counts(dataSource);
        int requests = 0;
        for (Operation op : ops) {
            Map<String, String> valid = new LinkedHashMap<>(validPathParams());
            valid.keySet().retainAll(op.pathParams());
            assertEquals(op.pathParams().size(), valid.size(), () -> "no valid value for the path parameters of " + op.path());
            for (String name : op.query()) {
                for (String value : Hostile.VALUES) {
                    Response r = client(op).pathParams(valid).queryParam(name, value).when().get(op.path());
                    Hostile.assertHandled(r, "GET " + op.path() + "?" + name + "=" + abbreviate(value));
                    requests++;
                }
            }
            for (String name : op.pathParams()) {
                for (String value : Hostile.VALUES) {
                    Map<String, String> params = new LinkedHashMap<>(valid);
                    params.put(name, value);
                    // encoded here: RestAssured would read braces in a value as another path template
                    String path = op.path();
                    for (Map.Entry<String, String> p : params.entrySet()) {
                        path = path.replace("{" + p.getKey() + "}", encode(p.getValue()));
                    }
                    Response r = client(op).urlEncodingEnabled(false).when().get(path);
                    Hostile.assertHandled(r, "GET " + op.path() + " with " + name + "=" + abbreviate(value));
                    requests++;
                }
            }
        }
        System.out.printf("hostile GETs: %d operations, %d requests, no 5xx%n", ops.size(), requests);
        assertEquals(before.entrySet().stream().filter(e -> !e.getKey().equals("app_user")).toList(),
                DbState.counts(dataSource).entrySet().stream().filter(e -> !e.getKey().equals("app_user")).toList(),
                "reads store nothing");
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void everyGetSurvivesDuplicatedAndUnknownParameters() {
        for (Operation op : getOperations()) {
            Map<String, String> valid = new LinkedHashMap<>(validPathParams());
            valid.keySet().retainAll(op.pathParams());
            RequestSpecification spec = client(op).pathParams(valid).queryParam("unknown", "<script>").queryParam("limit", "5", "abc");
            for (String name : op.query()) {
                spec = spec.queryParam(name, "'; DROP TABLE event; --", "..");
            }
            Hostile.assertHandled(spec.when().get(op.path()), "GET " + op.path() + " with duplicated parameters");
            Hostile.assertHandled(client(op).pathParams(valid).queryParam("limit", "1.5").when().get(op.path()), op.path() + "?limit=1.5");
            Hostile.assertHandled(client(op).pathParams(valid).queryParam("limit", "１０").when().get(op.path()), op.path() + "?limit=１０");
        }
    }

    @Test
    void rawRequestLinesWithBrokenEncodingAreProblems() {
        for (String target : List.of("/api/timeline?q=%E4%B8", "/api/timeline?q=%C0%AF", "/api/regions?q=a%00b",
                "/api/projects?q=%F0%9F", "/api/articles?source=%FF", "/api/articles/%00", "/api/timeline?%FF=1")) {
            String raw = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String head = raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n"))).toLowerCase();
            int status = Integer.parseInt(raw.substring(9, 12));
            assertTrue(status >= 400 && status < 500, () -> target + " → " + raw);
            assertTrue(head.contains("content-type: application/problem+json"), () -> target + " → " + raw);
        }
        // malformed escapes never reach a handler: Vert.x refuses them with a bare 400, and the service goes on
        for (String target : List.of("/api/timeline?q=%ZZ", "/api/regions/%ZZ", "/api/timeline?%ZZ=1")) {
            String raw = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(raw.startsWith("HTTP/1.1 4"), () -> target + " → " + raw);
        }
        given().when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void aQueryStringBeyondTheRequestLineLimitIsRefusedAndTheServiceKeepsServing() {
        // beyond quarkus.http.limits.max-initial-line-length (4096) Vert.x answers 414 before any handler can run
        String raw = RawHttp.send("GET /api/timeline?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(raw.matches("(?s)HTTP/1\\.[01] 41[04] .*") || raw.matches("(?s)HTTP/1\\.[01] 400 .*"), raw);
        given().when().get("/api/timeline").then().statusCode(200);
    }

    /** Percent-encodes everything but unreserved characters (a slash too: a path segment stays one segment). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }
}

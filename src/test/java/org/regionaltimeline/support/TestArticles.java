package org.regionaltimeline.support;

import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds structured articles and posts them through the real API, as a client that extracted them would. */
public final class TestArticles {

    private final Map<String, Object> article = new HashMap<>();
    private final List<Map<String, Object>> events = new ArrayList<>();

    private TestArticles(String title) {
        article.put("title", title);
        article.put("source", "昌吉日报");
        article.put("publishedOn", "2024-11-29");
        article.put("kind", "news");
        // unique body: the service recognizes repeated content, tests want new articles
        article.put("body", title + "。本报讯 " + UUID.randomUUID());
        article.put("events", events);
    }

    public static TestArticles article(String title) {
        return new TestArticles(title);
    }

    public TestArticles publishedOn(String date) {
        article.put("publishedOn", date);
        return this;
    }

    public TestArticles regions(String... codes) {
        article.put("regions", List.of(codes));
        return this;
    }

    public TestArticles projects(String... names) {
        article.put("projects", List.of(names));
        return this;
    }

    public TestArticles event(String date, String summary, String region, String project) {
        return event(date, "happened", summary, region, project);
    }

    public TestArticles event(String date, String status, String summary, String region, String project) {
        Map<String, Object> e = new HashMap<>();
        e.put("date", date);
        e.put("status", status);
        e.put("summary", summary);
        e.put("dateText", date);
        if (region != null) {
            e.put("regions", List.of(region));
        }
        if (project != null) {
            e.put("projects", List.of(project));
        }
        events.add(e);
        return this;
    }

    public TestArticles figure(String text, long value, String unit) {
        Map<String, Object> last = events.get(events.size() - 1);
        last.put("figures", List.of(Map.of("text", text, "value", value, "unit", unit)));
        return this;
    }

    public Map<String, Object> json() {
        return article;
    }

    /** Posts the article and returns its id. */
    public long post() {
        return TestAuth.asEditor().contentType(ContentType.JSON).body(article)
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}

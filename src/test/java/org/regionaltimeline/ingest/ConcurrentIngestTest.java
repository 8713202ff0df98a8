package org.regionaltimeline.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.DbState;
import org.regionaltimeline.support.Samples;
import org.regionaltimeline.support.TestAuth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight clients ingest the five real sample pages at once, each page three times per client in its own order, as text
 * and as JSON: every request succeeds (no 5xx, 409 or lock error), every article of every page is stored exactly once,
 * and every client is told the same article ids for the same page.
 */
@QuarkusTest
class ConcurrentIngestTest {

    static final int CLIENTS = 8;
    static final int ROUNDS = 3;

    @Inject
    AgroalDataSource dataSource;

    record Result(String page, int status, String body) {
    }

    @Test
    void eightClientsIngestingOverlappingPagesStoreEachArticleOnce() throws Exception {
        List<Samples.Page> pages = Samples.pages();
        // what each page is made of, from a dry run
        Map<String, Integer> articlesPerPage = new HashMap<>();
        for (Samples.Page p : pages) {
            articlesPerPage.put(p.file(), given().contentType("text/plain; charset=utf-8").queryParam("publishedOn", p.publishedOn())
                    .body(p.text()).when().post("/api/extract").then().statusCode(200).extract().jsonPath().getList("articles").size());
        }
        RequestSpecification editor = TestAuth.asEditor(); // create the editor before the race
        Map<String, Long> before = DbState.counts(dataSource);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Result> results = new CopyOnWriteArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                List<Samples.Page> order = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    order.addAll(pages);
                }
                Collections.shuffle(order, new Random(client));
                start.await();
                for (int i = 0; i < order.size(); i++) {
                    Samples.Page p = order.get(i);
                    Response response = (i + client) % 2 == 0
                            ? given().auth().preemptive().basic(TestAuth.EDITOR, TestAuth.EDITOR_PASSWORD)
                                    .contentType("text/plain; charset=utf-8").queryParam("publishedOn", p.publishedOn())
                                    .queryParam("source", p.source()).body(p.text()).when().post("/api/ingest")
                            : given().auth().preemptive().basic(TestAuth.EDITOR, TestAuth.EDITOR_PASSWORD)
                                    .contentType("application/json")
                                    .body(Map.of("text", p.text(), "publishedOn", p.publishedOn(), "source", p.source()))
                                    .when().post("/api/ingest");
                    results.add(new Result(p.file(), response.statusCode(), response.asString()));
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(CLIENTS * ROUNDS * pages.size(), results.size());
        for (Result r : results) {
            assertTrue(r.status() == 200 || r.status() == 201, () -> r.page() + " → " + r.status() + " " + r.body());
        }
        int created = 0;
        int eventsCreated = 0;
        for (Samples.Page p : pages) {
            List<JsonPath> answers = results.stream().filter(r -> r.page().equals(p.file())).map(r -> new JsonPath(r.body())).toList();
            List<Long> ids = answers.get(0).getList("articles.id", Long.class);
            assertEquals(articlesPerPage.get(p.file()), ids.size(), p.file() + ": every article of the page is in the answer");
            assertEquals(ids.size(), new HashSet<>(ids).size(), p.file() + ": no article twice");
            Set<Long> createdIds = new HashSet<>();
            for (JsonPath a : answers) {
                assertEquals(ids, a.getList("articles.id", Long.class), p.file() + ": every client is told the same articles");
                List<Map<String, Object>> stored = a.getList("articles");
                for (Map<String, Object> s : stored) {
                    if (Boolean.TRUE.equals(s.get("created"))) {
                        assertTrue(createdIds.add(((Number) s.get("id")).longValue()), p.file() + ": an article was created twice");
                    }
                }
                created += a.getInt("articlesCreated");
                eventsCreated += a.getInt("eventsCreated");
            }
            for (Long id : ids) {
                given().when().get("/api/articles/" + id).then().statusCode(200);
            }
        }
        Map<String, Long> after = DbState.counts(dataSource);
        assertEquals(before.get("article") + created, after.get("article"), "the articles stored are exactly the ones reported created");
        assertEquals(before.get("event") + eventsCreated, after.get("event"), "the events stored are exactly the ones reported created");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT title, body FROM article GROUP BY title, body HAVING COUNT(*) > 1)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "no article content stored twice");
        }
        System.out.printf("concurrent ingest: %d clients × %d requests in %d ms, %d articles and %d events created, all 200/201%n",
                CLIENTS, ROUNDS * pages.size(), millis, created, eventsCreated);
    }
}

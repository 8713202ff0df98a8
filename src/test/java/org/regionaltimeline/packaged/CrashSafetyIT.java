package org.regionaltimeline.packaged;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.Samples;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash safety of the packaged application: it ingests a batch of pages from six clients at once, is killed with
 * SIGKILL (Process.destroyForcibly) in the middle of the batch, and restarted on the same data directory. The database
 * must open cleanly (Flyway, health UP) and every page must be stored completely, with the articles and events a
 * clean extraction gives, or not at all; every page whose ingest was acknowledged must be there.
 * The check: ingesting each page again creates either all of its articles (it was absent) or none (it was stored).
 */
class CrashSafetyIT {

    static final String ADMIN_PASSWORD = "crash-admin-password";
    static final int VARIANTS = 6;

    private Process app;
    private Path log;

    record Page(String name, String text, String publishedOn, String source) {
    }

    @AfterEach
    void stop() {
        if (app != null && app.isAlive()) {
            app.destroy();
        }
    }

    @Test
    void aKilledServiceRestartsWithEveryPageWholeOrAbsent() throws Exception {
        // the JVM build's embedded database is what a kill -9 can damage; a native binary keeps its data in an H2 TCP
        // server, which survives the binary (and PackagedAppIT covers the native binary's behaviour)
        Assumptions.assumeTrue("jar".equals(packagedArtifactType()),
                "the crash test runs against the packaged jar with its embedded database, not a native build");
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "run after package: " + jar);
        Path data = Files.createTempDirectory("timeline-crash-");
        log = data.resolve("app.log");
        int port = freePort();

        // distinct pages from the real samples: each line of variant k ends with its own marker, so no article is shared
        List<Page> pages = new ArrayList<>();
        for (int k = 1; k <= VARIANTS; k++) {
            for (Samples.Page p : Samples.pages()) {
                String marker = "（第" + k + "稿）";
                pages.add(new Page(p.file() + "#" + k, p.text().replaceAll("(?m)(\\S)$", "$1" + marker), p.publishedOn(), p.source()));
            }
        }

        start(jar, data, port);
        // what a clean extraction of each page gives: its articles and the events of each
        Map<String, List<Integer>> expectedEvents = new HashMap<>();
        for (Page p : pages) {
            JsonPath dry = plain(port, p).when().post("/api/extract").then().statusCode(200).extract().jsonPath();
            List<Integer> events = new ArrayList<>();
            for (int i = 0; i < dry.getList("articles").size(); i++) {
                events.add(dry.getList("articles[" + i + "].events").size());
            }
            expectedEvents.put(p.name(), events);
        }

        // the batch, killed in its middle
        Map<String, List<Long>> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (Page p : pages) {
            clients.submit(() -> {
                try {
                    sent.incrementAndGet();
                    Response r = plain(port, p).auth().preemptive().basic("admin", ADMIN_PASSWORD).when().post("/api/ingest");
                    if (r.statusCode() == 201 || r.statusCode() == 200) {
                        acknowledged.put(p.name(), r.jsonPath().getList("articles.id", Long.class));
                    }
                } catch (Exception connectionLost) {
                    // the service was killed under this request
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < pages.size() / 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux: no shutdown hooks, no clean close
        int ackedAtKill = acknowledged.size();
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES));
        assertTrue(ackedAtKill > 0 && ackedAtKill < pages.size(), "the kill came in the middle of the batch: " + ackedAtKill + " of " + pages.size());

        // restart on the same data directory
        start(jar, data, port);
        given().port(port).when().get("/q/health").then().statusCode(200);

        int whole = 0;
        int absent = 0;
        for (Page p : pages) {
            JsonPath again = plain(port, p).auth().preemptive().basic("admin", ADMIN_PASSWORD).when().post("/api/ingest")
                    .then().extract().jsonPath();
            List<Boolean> created = again.getList("articles.created", Boolean.class);
            List<Integer> events = again.getList("articles.events", Integer.class);
            assertEquals(expectedEvents.get(p.name()), events, p.name() + ": the articles and their events are those of a clean extraction");
            if (created.stream().noneMatch(c -> c)) {
                whole++;
                if (acknowledged.containsKey(p.name())) {
                    assertEquals(acknowledged.get(p.name()), again.getList("articles.id", Long.class),
                            p.name() + ": the stored articles are the ones acknowledged before the crash");
                }
            } else if (created.stream().allMatch(c -> c)) {
                absent++;
                if (acknowledged.containsKey(p.name())) {
                    fail(p.name() + " was acknowledged before the crash but is not stored (lost on SIGKILL)");
                }
            } else {
                fail(p.name() + " is partly stored after the crash: " + created);
            }
        }
        System.out.printf("crash test: %d pages sent, %d acknowledged before SIGKILL; after restart %d whole, %d absent, 0 partial%n",
                sent.get(), ackedAtKill, whole, absent);
        assertTrue(whole >= ackedAtKill);
    }

    private static RequestSpecification plain(int port, Page p) {
        return given().port(port).contentType("text/plain; charset=utf-8").queryParam("publishedOn", p.publishedOn())
                .queryParam("source", p.source()).body(p.text());
    }

    /** What the build packaged (Quarkus writes it for the integration tests): jar, native, … */
    private static String packagedArtifactType() throws IOException {
        Properties artifact = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        return artifact.getProperty("type");
    }

    private void start(Path jar, Path data, int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TIMELINE_DATA_DIR", data.toString());
        builder.environment().put("TIMELINE_SAMPLE_DATA", "false");
        builder.environment().put("TIMELINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("TIMELINE_SECURITY_BCRYPT_COST", "4");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        app = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("the application exited with " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (given().port(port).when().get("/q/health").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the application did not become healthy:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

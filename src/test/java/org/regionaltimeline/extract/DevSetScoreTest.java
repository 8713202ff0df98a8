package org.regionaltimeline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the engine on the development set exactly as {@code shared/tools/score-extraction} scores the service, so
 * quality is measured in milliseconds without booting anything. The pages are a development set: rules are general
 * and unit-tested one by one elsewhere; this test guards the overall figures against regressions.
 */
class DevSetScoreTest {

    private static final String[] PAGES = {"000_84a1a8aa8686b5d5", "001_a45c2ef3848ceed6", "002_f2234381d2a682df",
            "003_866f447bb80f8337", "004_f1df0501b3d9ac6f"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Double> metrics = new LinkedHashMap<>();

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }

    static String normName(String s) {
        return norm(s).replaceAll("[“”\"'‘’《》「」『』()（）]", "");
    }

    static String resource(String path) throws IOException {
        try (InputStream in = DevSetScoreTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void score() throws IOException {
        PageExtractor extractor = new PageExtractor(Gazetteer.loadDefault());
        int goldEvents = 0, foundEvents = 0, datedEvents = 0, gotEvents = 0, matchedGot = 0;
        int goldRegions = 0, gotRegions = 0, commonRegions = 0, goldProjects = 0, foundProjects = 0;
        int goldArticles = 0, foundArticles = 0;
        StringBuilder misses = new StringBuilder();
        for (String page : PAGES) {
            JsonNode gold = JSON.readTree(resource("/devset/gold/" + page + ".json"));
            String text = resource("/samples/" + page + ".txt");
            ExtractedPage got = extractor.extract(text, LocalDate.parse(gold.get("publishedOn").asText()));

            List<ExtractedPage.ExtractedEvent> events = new ArrayList<>();
            Set<String> regions = new HashSet<>();
            Set<String> projects = new HashSet<>();
            for (ExtractedPage.ExtractedArticle a : got.articles()) {
                a.regions().forEach(p -> regions.add(p.code()));
                a.projects().forEach(p -> projects.add(normName(p)));
                for (ExtractedPage.ExtractedEvent e : a.events()) {
                    events.add(e);
                    e.regions().forEach(p -> regions.add(p.code()));
                    e.projects().forEach(p -> projects.add(normName(p)));
                }
            }
            Set<String> goldRegionSet = new HashSet<>();
            List<String> anchors = new ArrayList<>();
            Set<String> goldProjectSet = new HashSet<>();
            for (JsonNode a : gold.get("articles")) {
                a.path("regions").forEach(r -> goldRegionSet.add(r.get("code").asText()));
                a.path("projects").forEach(p -> goldProjectSet.add(p.asText()));
                for (JsonNode e : a.path("events")) {
                    e.path("regions").forEach(r -> goldRegionSet.add(r.asText()));
                    e.path("projects").forEach(p -> goldProjectSet.add(p.asText()));
                    String anchor = norm(e.get("anchor").asText());
                    anchors.add(anchor);
                    if (e.path("borderline").asBoolean(false)) {
                        continue;
                    }
                    goldEvents++;
                    List<ExtractedPage.ExtractedEvent> holders = events.stream().filter(g -> norm(g.summary()).contains(anchor)).toList();
                    if (holders.isEmpty()) {
                        misses.append(page).append(" missed event ").append(e.get("date").asText()).append(" «").append(anchor).append("»\n");
                        continue;
                    }
                    foundEvents++;
                    String date = e.get("date").asText();
                    String precision = e.get("precision").asText();
                    boolean approximate = e.path("approximate").asBoolean(false) || e.get("dateText").asText().matches(".*(近日|日前|近期|目前).*");
                    boolean right = holders.stream().anyMatch(g -> approximate
                            ? g.date().label().startsWith(date.substring(0, Math.min(date.length(), g.date().label().length())))
                            : g.date().label().equals(date) && g.date().precision().wireName().equals(precision));
                    if (right) {
                        datedEvents++;
                    } else {
                        misses.append(page).append(" wrong date ").append(date).append('/').append(precision).append(" got ")
                                .append(holders.stream().map(g -> g.date().label() + "/" + g.date().precision().wireName()).toList())
                                .append(" «").append(anchor).append("»\n");
                    }
                }
            }
            gotEvents += events.size();
            for (ExtractedPage.ExtractedEvent g : events) {
                if (anchors.stream().anyMatch(a -> norm(g.summary()).contains(a))) {
                    matchedGot++;
                } else {
                    misses.append(page).append(" extra event ").append(g.date().label()).append(" «").append(g.summary()).append("»\n");
                }
            }
            goldRegions += goldRegionSet.size();
            gotRegions += regions.size();
            Set<String> common = new HashSet<>(regions);
            common.retainAll(goldRegionSet);
            commonRegions += common.size();
            Set<String> missedRegions = new HashSet<>(goldRegionSet);
            missedRegions.removeAll(regions);
            Set<String> extraRegions = new HashSet<>(regions);
            extraRegions.removeAll(goldRegionSet);
            misses.append(page).append(" projects ").append(projects).append('\n');
            misses.append(page).append(" regions missed ").append(missedRegions).append(" extra ").append(extraRegions).append('\n');
            JsonNode aliases = gold.path("projectAliases");
            for (String p : goldProjectSet) {
                goldProjects++;
                Set<String> forms = new HashSet<>();
                forms.add(normName(p));
                aliases.path(p).forEach(a -> forms.add(normName(a.asText())));
                forms.retainAll(projects);
                if (!forms.isEmpty()) {
                    foundProjects++;
                } else {
                    misses.append(page).append(" missed project ").append(p).append('\n');
                }
            }
            for (JsonNode a : gold.get("articles")) {
                goldArticles++;
                List<String> titles = new ArrayList<>();
                if (!a.path("title").isNull() && a.has("title")) {
                    titles.add(norm(a.get("title").asText()));
                }
                a.path("subtitles").forEach(t -> titles.add(norm(t.asText())));
                String start = norm(a.path("bodyStart").asText());
                boolean byTitle = got.articles().stream().map(x -> norm(x.title())).anyMatch(t -> !t.isEmpty()
                        && titles.stream().anyMatch(w -> (w.contains(t) || t.contains(w)) && Math.min(t.length(), w.length()) >= 4));
                boolean byBody = titles.isEmpty() && got.articles().stream().anyMatch(x -> norm(x.body()).contains(start));
                if (byTitle || byBody) {
                    foundArticles++;
                }
            }
        }
        double regionP = (double) commonRegions / Math.max(1, gotRegions);
        double regionR = (double) commonRegions / Math.max(1, goldRegions);
        metrics.put("eventDateRecall", (double) datedEvents / goldEvents);
        metrics.put("eventFoundRecall", (double) foundEvents / goldEvents);
        metrics.put("eventPrecision", (double) matchedGot / Math.max(1, gotEvents));
        metrics.put("regionF1", regionP + regionR == 0 ? 0 : 2 * regionP * regionR / (regionP + regionR));
        metrics.put("projectRecall", (double) foundProjects / goldProjects);
        metrics.put("articleRecall", (double) foundArticles / goldArticles);
        System.out.println("dev set: " + metrics + " (events " + gotEvents + " extracted)");
        System.out.println(misses);
    }

    @Test
    void eventsAreFoundAndDatedRight() {
        assertTrue(metrics.get("eventDateRecall") >= 0.90, "event date recall " + metrics);
    }

    @Test
    void fewEventsAreSpurious() {
        assertTrue(metrics.get("eventPrecision") >= 0.85, "event precision " + metrics);
    }

    @Test
    void regionsAreRight() {
        assertTrue(metrics.get("regionF1") >= 0.90, "region F1 " + metrics);
    }

    @Test
    void projectsAreFound() {
        assertTrue(metrics.get("projectRecall") >= 0.85, "project recall " + metrics);
    }

    @Test
    void articlesAreFound() {
        assertTrue(metrics.get("articleRecall") >= 0.90, "article recall " + metrics);
    }
}

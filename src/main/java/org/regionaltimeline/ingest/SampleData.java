package org.regionaltimeline.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.regionaltimeline.article.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * On first start with an empty database, ingests the five sample pages (src/main/resources/samples, listed with
 * their issue dates in pages.tsv) so a new user sees real timelines at once. {@code timeline.sample-data=false} turns it off.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    @ConfigProperty(name = "timeline.sample-data", defaultValue = "true")
    boolean enabled;

    @Inject
    IngestService ingest;

    void onStart(@Observes StartupEvent event) {
        if (enabled && Article.count() == 0) {
            load();
        }
    }

    /** Ingests every sample page; returns how many articles were created. */
    public int load() {
        int created = 0;
        for (String[] page : pages()) {
            String text = resource("/samples/" + page[0]);
            IngestResult result = ingest.ingest(text, LocalDate.parse(page[1]), page[2]);
            created += result.articlesCreated();
            LOG.infof("sample page %s (%s, %s): %d articles, %d events", page[0], page[2], page[1],
                    result.articlesCreated(), result.eventsCreated());
        }
        return created;
    }

    private static java.util.List<String[]> pages() {
        return resource("/samples/pages.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();
    }

    private static String resource(String path) {
        try (InputStream in = SampleData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

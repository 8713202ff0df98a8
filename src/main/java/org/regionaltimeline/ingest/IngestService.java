package org.regionaltimeline.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.article.ArticleStore;
import org.regionaltimeline.article.NewArticle;
import org.regionaltimeline.extract.ExtractedPage;
import org.regionaltimeline.extract.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts a raw page and stores it in one transaction: all of its articles, events, projects and links, or nothing.
 * Articles already stored (same title and body) are recognized, so the same page again changes nothing.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    ExtractionEngine engine;

    @Inject
    ArticleStore store;

    @Inject
    WriteGate gate;

    public IngestResult ingest(String text, LocalDate publishedOn, String source) {
        // extraction is pure CPU work: done before taking the write gate so concurrent ingests overlap here
        ExtractedPage page = engine.extract(text, publishedOn);
        List<NewArticle> articles = page.articles().stream().map(a -> toNewArticle(a, page.publishedOn(), source)).toList();
        return gate.write(() -> {
            List<IngestResult.StoredArticle> stored = new ArrayList<>();
            int created = 0;
            int events = 0;
            for (NewArticle article : articles) {
                ArticleStore.Stored s = store.store(article);
                stored.add(new IngestResult.StoredArticle(s.id(), article.title(), s.created(), s.events()));
                if (s.created()) {
                    created++;
                    events += s.events();
                }
            }
            return new IngestResult(page.publishedOn(), page.publishedOnSource().wireName(), created == 0, created,
                    articles.size() - created, events, stored);
        });
    }

    static NewArticle toNewArticle(ExtractedPage.ExtractedArticle a, LocalDate publishedOn, String source) {
        List<NewArticle.NewEvent> events = a.events().stream().map(e -> new NewArticle.NewEvent(e.date(),
                e.timeOfDay() == null ? null : e.timeOfDay().wireName(), e.status().wireName(), e.dateText(), e.summary(),
                e.approximate(), codes(e.regions()), e.projects(),
                e.figures().stream().map(f -> new NewArticle.NewFigure(f.text(), f.value(), f.unit())).toList())).toList();
        return new NewArticle(source, publishedOn, a.title(), a.subtitles().isEmpty() ? null : String.join("\n", a.subtitles()),
                a.byline(), a.dateline(), a.kind().wireName(), a.body(), codes(a.regions()), a.projects(), a.projectAliases(), events);
    }

    private static List<String> codes(List<Place> places) {
        return places.stream().map(Place::code).distinct().toList();
    }
}

package org.regionaltimeline.ingest;

import org.regionaltimeline.api.SqlValues;
import org.regionaltimeline.event.EventDetail;
import org.regionaltimeline.extract.ExtractedPage;
import org.regionaltimeline.extract.Place;
import org.regionaltimeline.extract.Slugs;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import java.util.List;

/** Maps the engine's records to the /api/extract response. */
final class PageViews {

    private PageViews() {
    }

    static ExtractResponse response(ExtractedPage page) {
        return new ExtractResponse(page.publishedOn(), page.publishedOnSource().wireName(),
                page.articles().stream().map(PageViews::article).toList());
    }

    private static ExtractResponse.Article article(ExtractedPage.ExtractedArticle a) {
        return new ExtractResponse.Article(a.title(), a.subtitles().isEmpty() ? null : String.join("\n", a.subtitles()),
                a.byline(), a.dateline(), a.kind().wireName(), a.body(), regions(a.regions()), projects(a.projects()),
                a.events().stream().map(PageViews::event).toList());
    }

    private static ExtractResponse.Event event(ExtractedPage.ExtractedEvent e) {
        return new ExtractResponse.Event(e.date().label(), e.date().precision().wireName(), e.date().start(), e.date().end(),
                e.timeOfDay() == null ? null : e.timeOfDay().wireName(), e.dateText(), e.status().wireName(), e.summary(),
                regions(e.regions()), projects(e.projects()),
                e.figures().stream().map(f -> new EventDetail.FigureView(f.text(), SqlValues.plain(f.value()), f.unit())).toList());
    }

    private static List<RegionRef> regions(List<Place> places) {
        return places.stream().map(p -> new RegionRef(p.code(), p.name())).toList();
    }

    /** The slug shown here is the one a new project would get; a stored project keeps the slug it was given. */
    private static List<ProjectRef> projects(List<String> names) {
        return names.stream().map(n -> new ProjectRef(n, Slugs.slug(n))).toList();
    }

}

package org.regionaltimeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine found on one page.
 *
 * @param publishedOn       the issue date used as reference (given, inferred, or null when unknown)
 * @param publishedOnSource where that date came from
 * @param articles          the page's articles in page order
 */
public record ExtractedPage(LocalDate publishedOn, DateSource publishedOnSource, List<ExtractedArticle> articles) {

    /**
     * One article: its layout parts, the places and projects it names, and its dated events. {@code projectAliases}
     * gives, for a project name, the other forms the article uses for it (a short form, the name without its size).
     */
    public record ExtractedArticle(String title, List<String> subtitles, String byline, String dateline, String source,
                                   ArticleKind kind, String body, List<Place> regions, List<String> projects,
                                   Map<String, List<String>> projectAliases, List<ExtractedEvent> events) {
    }

    /** One dated happening. {@code projects} are canonical project names. */
    public record ExtractedEvent(PartialDate date, TimeOfDay timeOfDay, String dateText, EventStatus status, String summary,
                                 boolean approximate, List<Place> regions, List<String> projects, List<Figure> figures) {
    }
}

package org.regionaltimeline.article;

import org.regionaltimeline.extract.PartialDate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An article to store, validated and in domain terms: what both POST /api/articles and page ingestion hand to
 * {@link ArticleStore}. Regions are GB/T 2260 codes; projects are names, resolved to projects by merge key, with the
 * other forms the article uses for a name ({@code projectAliases}, may be empty) to find a project known by one of them.
 */
public record NewArticle(String source, java.time.LocalDate publishedOn, String title, String subtitle, String byline,
                         String dateline, String kind, String body, List<String> regions, List<String> projects,
                         Map<String, List<String>> projectAliases, List<NewEvent> events) {

    /** A dated event of a new article. */
    public record NewEvent(PartialDate date, String timeOfDay, String status, String dateText, String summary,
                           boolean approximate, List<String> regions, List<String> projects, List<NewFigure> figures) {
    }

    /** A figure of a new event. */
    public record NewFigure(String text, BigDecimal value, String unit) {
    }
}

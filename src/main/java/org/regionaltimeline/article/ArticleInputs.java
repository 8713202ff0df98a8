package org.regionaltimeline.article;

import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.TextSanitizer;

import java.util.List;

/**
 * Applies {@link TextSanitizer} to a structured article before it is stored: bodies, subtitles and summaries as text,
 * every other free-text field as a single line. Fields checked by pattern (dates, kinds, region codes) are left as they are.
 */
final class ArticleInputs {

    private ArticleInputs() {
    }

    static ArticleInput clean(ArticleInput in) {
        String body = TextSanitizer.page(in.body());
        if (body == null || body.isBlank()) {
            throw ApiException.invalidParam("body", "the body has no visible characters");
        }
        List<EventInput> events = in.events() == null ? null : in.events().stream().map(ArticleInputs::clean).toList();
        return new ArticleInput(blankToNull(TextSanitizer.line(in.source())), in.publishedOn(), blankToNull(TextSanitizer.line(in.title())),
                blankToNull(TextSanitizer.page(in.subtitle())), blankToNull(TextSanitizer.line(in.byline())),
                blankToNull(TextSanitizer.line(in.dateline())), in.kind(), body, in.regions(), lines(in.projects()), events);
    }

    private static EventInput clean(EventInput e) {
        String summary = TextSanitizer.page(e.summary());
        if (summary == null || summary.isBlank()) {
            throw ApiException.invalidParam("events.summary", "the summary has no visible characters");
        }
        List<EventInput.FigureInput> figures = e.figures() == null ? null : e.figures().stream()
                .map(f -> new EventInput.FigureInput(TextSanitizer.line(f.text()), f.value(), blankToNull(TextSanitizer.line(f.unit()))))
                .toList();
        return new EventInput(e.date(), e.end(), e.timeOfDay(), e.status(), blankToNull(TextSanitizer.line(e.dateText())), summary,
                e.regions(), lines(e.projects()), figures);
    }

    private static List<String> lines(List<String> values) {
        return values == null ? null : values.stream().map(TextSanitizer::line).filter(v -> v != null && !v.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

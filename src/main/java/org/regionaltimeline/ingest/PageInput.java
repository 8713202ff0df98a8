package org.regionaltimeline.ingest;

import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.TextSanitizer;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Validation shared by the extract and ingest endpoints, for JSON bodies and for text/plain with query parameters. */
final class PageInput {

    private PageInput() {
    }

    static String text(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidParam("text", "the page text is empty");
        }
        if (text.length() > PageLimits.MAX_PAGE_CHARS) {
            throw ApiException.invalidParam("text", "a page is at most " + PageLimits.MAX_PAGE_CHARS + " characters");
        }
        // zero-width, bidi and control characters would split dates and names apart: removed before extraction
        String clean = TextSanitizer.page(text);
        if (clean.isBlank()) {
            throw ApiException.invalidParam("text", "the page text has no visible characters");
        }
        if (clean.chars().filter(c -> c == '\n').count() >= PageLimits.MAX_PAGE_LINES) {
            throw ApiException.invalidParam("text", "a page is at most " + PageLimits.MAX_PAGE_LINES + " lines");
        }
        return clean;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw ApiException.invalidParam(name, "not a date of the form YYYY-MM-DD: " + value.strip());
        }
    }

    static String source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        if (source.length() > 100) {
            throw ApiException.invalidParam("source", "at most 100 characters");
        }
        String clean = TextSanitizer.line(source);
        return clean.isEmpty() ? null : clean;
    }
}

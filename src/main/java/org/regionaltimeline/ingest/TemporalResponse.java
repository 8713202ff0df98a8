package org.regionaltimeline.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The normalized time expressions of a text, in text order. */
@Schema(name = "TemporalResponse")
public record TemporalResponse(List<Expression> expressions) {

    @Schema(name = "TemporalExpression")
    public record Expression(
            @Schema(description = "As printed", examples = "11月26日下午") String text,
            @Schema(examples = "2024-11-26") LocalDate start,
            @Schema(examples = "2024-11-26") LocalDate end,
            @Schema(enumeration = {"day", "week", "month", "quarter", "year"}) String precision,
            @Schema(enumeration = {"morning", "afternoon", "evening"}, nullable = true) String timeOfDay,
            @Schema(description = "Character offset in the text", examples = "0") int offset,
            @Schema(description = "近日/日前: an approximate date") boolean approximate) {
    }
}

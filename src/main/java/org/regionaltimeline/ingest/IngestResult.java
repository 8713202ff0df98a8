package org.regionaltimeline.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What ingesting a page stored. {@code unchanged} is true when every article was already stored. */
@Schema(name = "IngestResult")
public record IngestResult(
        @Schema(examples = "2024-11-29", nullable = true) LocalDate publishedOn,
        @Schema(enumeration = {"given", "inferred", "unknown"}) String publishedOnSource,
        @Schema(description = "True when the page added nothing new") boolean unchanged,
        @Schema(examples = "7") int articlesCreated,
        @Schema(examples = "0") int articlesExisting,
        @Schema(examples = "13") int eventsCreated,
        List<StoredArticle> articles) {

    @Schema(name = "IngestedArticle")
    public record StoredArticle(
            @Schema(examples = "101") long id,
            @Schema(nullable = true) String title,
            @Schema(description = "False when the article was stored before") boolean created,
            @Schema(examples = "2") int events) {
    }
}

package org.regionaltimeline.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An article in a list. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(examples = "101") long id,
        @Schema(examples = "全州首个新能源汽车产业园明年开建", nullable = true) String title,
        @Schema(enumeration = {"news", "commentary", "photo-caption", "notice"}, examples = "news") String kind,
        @Schema(examples = "昌吉日报", nullable = true) String source,
        @Schema(examples = "2024-11-29", nullable = true) LocalDate publishedOn) {
}

package org.regionaltimeline.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The article an event comes from, as shown in a timeline row. */
@Schema(name = "ArticleRef")
public record ArticleRef(
        @Schema(examples = "101") long id,
        @Schema(examples = "全州首个新能源汽车产业园明年开建") String title,
        @Schema(description = "Newspaper", examples = "昌吉日报") String source,
        @Schema(examples = "2024-11-29") LocalDate publishedOn) {
}

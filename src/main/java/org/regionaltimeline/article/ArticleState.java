package org.regionaltimeline.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article's moderation state after a change. */
@Schema(name = "ArticleState")
public record ArticleState(
        @Schema(examples = "101") long id,
        @Schema(examples = "昌吉州与新疆思诺公司签约") String title,
        @Schema(examples = "true") boolean hidden,
        @Schema(description = "Number of its events", examples = "3") int events) {
}

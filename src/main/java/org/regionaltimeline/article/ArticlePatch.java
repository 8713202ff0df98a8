package org.regionaltimeline.article;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's change to a whole article: hide it (with its events) from every read, or show it again. */
@Schema(name = "ArticlePatch")
public record ArticlePatch(
        @NotNull @Schema(description = "true hides the article and its events; false shows them again", examples = "true") Boolean hidden) {
}

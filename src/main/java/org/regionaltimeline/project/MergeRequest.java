package org.regionaltimeline.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which project to merge into the one in the path. */
@Schema(name = "MergeRequest")
public record MergeRequest(
        @NotBlank @Size(max = 100) @Schema(description = "Slug of the project to merge away", examples = "lvweibo-gongcheng") String from) {
}

package org.regionaltimeline.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as it appears inside other items. */
@Schema(name = "ProjectRef")
public record ProjectRef(
        @Schema(examples = "塔克拉玛干沙漠边缘阻击战") String name,
        @Schema(examples = "ta-ke-la-ma-gan-sha-mo-bian-yuan-zu-ji-zhan") String slug) {
}

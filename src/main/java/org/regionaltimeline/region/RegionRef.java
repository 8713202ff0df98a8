package org.regionaltimeline.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as it appears inside other items. */
@Schema(name = "RegionRef")
public record RegionRef(
        @Schema(description = "GB/T 2260 code", examples = "652323") String code,
        @Schema(examples = "呼图壁县") String name) {
}

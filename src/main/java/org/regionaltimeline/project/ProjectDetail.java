package org.regionaltimeline.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.regionaltimeline.region.RegionRef;

import java.time.LocalDate;
import java.util.List;

/** One project: names, activity span, where it happens and how much is known. */
@Schema(name = "ProjectDetail")
public record ProjectDetail(
        @Schema(examples = "塔克拉玛干沙漠边缘阻击战") String name,
        @Schema(examples = "ta-ke-la-ma-gan-sha-mo-bian-yuan-zu-ji-zhan") String slug,
        @Schema(description = "Other spellings merged into this project", examples = "[\"河西走廊—塔克拉玛干沙漠边缘阻击战\"]") List<String> aliases,
        @Schema(examples = "2023-12-01", nullable = true) LocalDate firstDate,
        @Schema(examples = "2024-11-28", nullable = true) LocalDate lastDate,
        @Schema(examples = "3") int eventCount,
        @Schema(examples = "2") long articleCount,
        @Schema(description = "Regions named in its events and articles") List<RegionRef> regions) {
}

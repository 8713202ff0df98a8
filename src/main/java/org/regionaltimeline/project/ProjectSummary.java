package org.regionaltimeline.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A project in a list. */
@Schema(name = "ProjectSummary")
public record ProjectSummary(
        @Schema(examples = "塔克拉玛干沙漠边缘阻击战") String name,
        @Schema(examples = "ta-ke-la-ma-gan-sha-mo-bian-yuan-zu-ji-zhan") String slug,
        @Schema(description = "Date of its first event", examples = "2023-12-01", nullable = true) LocalDate firstDate,
        @Schema(description = "Date of its latest event or mention", examples = "2024-11-28", nullable = true) LocalDate lastDate,
        @Schema(examples = "3") int eventCount) {
}

package org.regionaltimeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.regionaltimeline.article.ArticleRef;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import java.time.LocalDate;
import java.util.List;

/** One row of a timeline: everything a mobile list row shows, in one request. */
@Schema(name = "TimelineItem")
public record TimelineItem(
        @Schema(examples = "2051") long id,
        @Schema(description = "The date at its precision: YYYY-MM-DD, YYYY-MM or YYYY", examples = "2024-11-28") String date,
        @Schema(enumeration = {"day", "week", "month", "quarter", "year"}, examples = "day") String precision,
        @Schema(description = "First day of the date range", examples = "2024-11-28") LocalDate start,
        @Schema(description = "Last day of the date range", examples = "2024-11-28") LocalDate end,
        @Schema(enumeration = {"morning", "afternoon", "evening"}, nullable = true, examples = "morning") String timeOfDay,
        @Schema(enumeration = {"happened", "planned", "ongoing"}, examples = "happened") String status,
        @Schema(examples = "28日上午，在塔克拉玛干沙漠南缘的新疆于田县，随着最后一株玫瑰苗栽下，绿色阻沙防护带实现全面锁边“合龙”。") String summary,
        List<RegionRef> regions,
        List<ProjectRef> projects,
        ArticleRef article) {
}

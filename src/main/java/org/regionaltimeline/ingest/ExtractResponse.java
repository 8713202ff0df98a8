package org.regionaltimeline.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.regionaltimeline.event.EventDetail;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import java.time.LocalDate;
import java.util.List;

/** What extraction found on a page. External tools are written against these field names: keep them. */
@Schema(name = "ExtractResponse")
public record ExtractResponse(
        @Schema(examples = "2024-11-29", nullable = true) LocalDate publishedOn,
        @Schema(enumeration = {"given", "inferred", "unknown"}, examples = "given") String publishedOnSource,
        List<Article> articles) {

    @Schema(name = "ExtractedArticle")
    public record Article(
            @Schema(examples = "我国最大沙漠实现3046公里生态屏障全面锁边“合龙”", nullable = true) String title,
            @Schema(nullable = true) String subtitle,
            @Schema(examples = "新华社乌鲁木齐11月28日电（记者 顾煜）", nullable = true) String byline,
            @Schema(examples = "新华社乌鲁木齐11月28日电", nullable = true) String dateline,
            @Schema(enumeration = {"news", "commentary", "photo-caption", "notice"}) String kind,
            String body,
            List<RegionRef> regions,
            List<ProjectRef> projects,
            List<Event> events) {
    }

    @Schema(name = "ExtractedEvent")
    public record Event(
            @Schema(examples = "2024-11-28") String date,
            @Schema(enumeration = {"day", "week", "month", "quarter", "year"}) String precision,
            LocalDate start,
            LocalDate end,
            @Schema(enumeration = {"morning", "afternoon", "evening"}, nullable = true) String timeOfDay,
            @Schema(examples = "28日上午") String dateText,
            @Schema(enumeration = {"happened", "planned", "ongoing"}) String status,
            String summary,
            List<RegionRef> regions,
            List<ProjectRef> projects,
            List<EventDetail.FigureView> figures) {
    }
}

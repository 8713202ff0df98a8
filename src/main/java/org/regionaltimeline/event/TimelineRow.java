package org.regionaltimeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The compact form of a timeline row ({@code view=compact}): about half the bytes of {@link TimelineItem}, for list
 * screens on slow networks. Regions and projects by code and slug only; the summary cut to its first 60 characters.
 */
@Schema(name = "TimelineRow")
public record TimelineRow(
        @Schema(examples = "2051") long id,
        @Schema(examples = "2024-11-28") String date,
        @Schema(enumeration = {"day", "week", "month", "quarter", "year"}) String precision,
        @Schema(enumeration = {"morning", "afternoon", "evening"}, nullable = true) String timeOfDay,
        @Schema(enumeration = {"happened", "planned", "ongoing"}) String status,
        @Schema(description = "The summary's first 60 characters, … when cut") String summary,
        @Schema(description = "Region codes", examples = "[\"653226\"]") List<String> regions,
        @Schema(description = "Project slugs") List<String> projects,
        @Schema(examples = "101") long articleId) {

    static final int SUMMARY_CHARS = 60;

    static TimelineRow of(TimelineItem item) {
        String summary = item.summary();
        if (summary.codePointCount(0, summary.length()) > SUMMARY_CHARS) {
            summary = summary.substring(0, summary.offsetByCodePoints(0, SUMMARY_CHARS)) + "…";
        }
        return new TimelineRow(item.id(), item.date(), item.precision(), item.timeOfDay(), item.status(), summary,
                item.regions().stream().map(r -> r.code()).toList(), item.projects().stream().map(p -> p.slug()).toList(),
                item.article().id());
    }
}

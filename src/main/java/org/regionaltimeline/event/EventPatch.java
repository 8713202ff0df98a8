package org.regionaltimeline.event;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An editor's correction of an event: only the fields present change. The date's form sets the precision
 * ({@code 2024-11} is a month); an empty {@code timeOfDay} clears it; regions and projects replace the current ones.
 */
@Schema(name = "EventPatch", description = "Fields to correct; absent fields stay as they are")
public record EventPatch(
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        @Schema(description = "The date at its precision (sets start, end and precision)", examples = "2024-11-28") String date,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        @Schema(description = "End of a range, with date", examples = "2024-11-30") String end,
        @Pattern(regexp = "|morning|afternoon|evening", message = "must be morning, afternoon, evening or empty")
        @Schema(description = "Time of day; empty string clears it", examples = "morning") String timeOfDay,
        @Pattern(regexp = "happened|planned|ongoing", message = "must be happened, planned or ongoing")
        @Schema(enumeration = {"happened", "planned", "ongoing"}, examples = "happened") String status,
        @Size(max = 100) @Schema(description = "The date as printed", examples = "28日上午") String dateText,
        @Size(min = 1, max = 4000) @Schema(examples = "28日上午，绿色阻沙防护带实现全面锁边“合龙”。") String summary,
        @Size(max = 50) @Schema(description = "GB/T 2260 codes; replace the event's regions", examples = "[\"653226\"]")
        List<@Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String> regions,
        @Size(max = 50) @Schema(description = "Project slugs; replace the event's projects", examples = "[\"talimakeshamo-suobian\"]")
        List<@Size(min = 1, max = 100) String> projects,
        @Schema(description = "Hide the event from every timeline (true) or show it again (false)") Boolean hidden) {

    boolean isEmpty() {
        return date == null && end == null && timeOfDay == null && status == null && dateText == null && summary == null
                && regions == null && projects == null && hidden == null;
    }
}

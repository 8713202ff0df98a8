package org.regionaltimeline.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the change feed: the entity's current state for an upsert, or a tombstone (no data) for a delete.
 * {@code id} is the event or article id, or the project slug.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Change")
public record Change(
        @Schema(enumeration = {"event", "article", "project"}, examples = "event") String type,
        @Schema(examples = "2051") String id,
        @Schema(enumeration = {"upsert", "delete"}, examples = "upsert") String operation,
        @Schema(description = "Current state (EventDetail, ArticleSummary or ProjectSummary); null for a delete", nullable = true) Object data) {
}

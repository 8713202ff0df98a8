package org.regionaltimeline.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the change feed. Keep {@code since} and send it next time; {@code more} says another page is waiting now. */
@Schema(name = "ChangeFeed")
public record ChangeFeed(
        List<Change> items,
        @Schema(description = "Token to pass as since on the next call", examples = "djEubi4wLi4xMjM") String since,
        @Schema(description = "True when more changes are waiting: call again right away with since") boolean more) {
}

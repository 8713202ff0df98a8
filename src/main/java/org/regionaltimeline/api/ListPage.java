package org.regionaltimeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list: its items and opaque cursors to continue. {@code next} is null on the last page, {@code prev}
 * on the first. The same cursors are sent in an RFC 8288 {@code Link} header.
 */
public record ListPage<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page, or null on the last page", examples = "djEuZC4yMDI0LTExLTI4LjEyMw") String next,
        @Schema(description = "Cursor of the previous page, or null on the first page") String prev) {
}

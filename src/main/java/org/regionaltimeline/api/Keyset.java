package org.regionaltimeline.api;

/**
 * A position in a keyset-ordered list: the sort key of an item ({@code key}, e.g. a date, may be empty) and its id.
 * {@code forward} tells whether the cursor continues in the list's order (next) or against it (prev).
 */
public record Keyset(String key, String id, boolean forward) {
}

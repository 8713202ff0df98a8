package org.regionaltimeline.extract;

/**
 * A named initiative found in text.
 *
 * @param name          as printed
 * @param canonicalName the display name (whitespace removed)
 * @param key           the merge key ({@link ProjectNames#key})
 * @param offset        where it starts in the text
 */
public record ProjectMention(String name, String canonicalName, String key, int offset) {
}

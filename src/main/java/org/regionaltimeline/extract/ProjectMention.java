package org.regionaltimeline.extract;

import java.util.List;

/**
 * A named initiative found in text.
 *
 * @param name          as printed
 * @param canonicalName the display name (whitespace removed)
 * @param key           the merge key ({@link ProjectNames#key})
 * @param offset        where it starts in the text
 * @param aliases       other forms of the name in the same text (a short form, the name without its size), canonical
 */
public record ProjectMention(String name, String canonicalName, String key, int offset, List<String> aliases) {

    public ProjectMention {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

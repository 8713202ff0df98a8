package org.regionaltimeline.extract;

/**
 * A place named in a text.
 *
 * @param place  the division the name resolves to (a township, regiment or landmark resolves to its county)
 * @param text   the name as matched, with any line breaks inside it removed (塔克\n拉玛干 is matched as one word)
 * @param offset index of the first character of the name in the original text (line breaks counted)
 */
public record RegionMention(Place place, String text, int offset) {
}

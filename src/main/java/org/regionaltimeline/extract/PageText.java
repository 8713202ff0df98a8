package org.regionaltimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text-level clean-up of a raw page (OCR / PDF text / markdown), shared by every stage of the engine.
 *
 * <ul>
 *   <li>{@link #normalize(String)}: CRLF/CR and other line separators to {@code \n}; zero-width and control characters
 *       removed; full-width, no-break and other exotic spaces and tabs turned into one ASCII space; each line trimmed.
 *       Nothing else is changed (punctuation width, digits and the spaces printed between words are kept verbatim).</li>
 *   <li>{@link #clean(String)}: the whole page as plain paragraphs, page furniture dropped, markdown markers removed and
 *       broken lines rejoined ({@link LineJoiner}). Use it when article boundaries do not matter.</li>
 * </ul>
 */
public final class PageText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u180E]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s*(.*?)\\s*#*$");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__");

    private PageText() {
    }

    /** Normalizes line breaks, invisible characters and spaces; see the class comment. Never returns {@code null}. */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u000B', '\n').replace('\f', '\n')
                .replace('\u0085', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll("");
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(SPACES.matcher(lines[i]).replaceAll(" ").strip());
        }
        return out.toString();
    }

    /** The normalized page split into lines; blank lines are kept as empty strings. */
    public static List<String> lines(String raw) {
        return new ArrayList<>(Arrays.asList(normalize(raw).split("\n", -1)));
    }

    /** Markdown heading level of a line ({@code # x} → 1 … {@code ###### x} → 6), 0 when the line is no heading. */
    public static int markdownLevel(String line) {
        if (line == null || !line.startsWith("#")) {
            return 0;
        }
        Matcher m = MD_HEADING.matcher(line);
        if (!m.matches() || m.group(2).isEmpty()) {
            return 0;
        }
        // "#1" or "#话题" without a space is a hashtag, not a heading, unless followed by more hashes
        if (line.length() > m.group(1).length() && line.charAt(m.group(1).length()) != ' ') {
            return 0;
        }
        return m.group(1).length();
    }

    /** The text of a line without markdown heading hashes and bold/emphasis markers. */
    public static String stripMarkdown(String line) {
        if (line == null) {
            return "";
        }
        String s = line;
        if (markdownLevel(s) > 0) {
            Matcher m = MD_HEADING.matcher(s);
            if (m.matches()) {
                s = m.group(2);
            }
        }
        return MD_EMPHASIS.matcher(s).replaceAll("").strip();
    }

    /**
     * The page as clean paragraphs separated by {@code "\n"}: normalized, furniture lines dropped, markdown markers
     * removed, continuation markers kept, broken lines rejoined. Headline-like lines standing alone stay paragraphs.
     */
    public static String clean(String raw) {
        List<String> kept = new ArrayList<>();
        for (String line : lines(raw)) {
            if (line.isEmpty()) {
                kept.add("");
            } else if (!PageFurniture.isFurniture(line)) {
                int md = markdownLevel(line);
                if (md > 0) {
                    // a markdown heading is always a paragraph of its own
                    kept.add("");
                    kept.add(stripMarkdown(line));
                    kept.add("");
                } else {
                    kept.add(stripMarkdown(line));
                }
            }
        }
        return String.join("\n", LineJoiner.paragraphs(kept));
    }
}

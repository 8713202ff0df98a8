package org.regionaltimeline.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one place where text from clients is made safe to extract from and to store. The rules, per kind of field:
 * <ul>
 *   <li><b>Bodies</b> must decode strictly in their charset (UTF-8 unless the request says otherwise): invalid bytes are a
 *       400, never silently stored as U+FFFD ({@link #decodeStrict}, applied to every JSON and text/plain body by
 *       {@link StrictBodyDecoding}).</li>
 *   <li><b>Page text and article bodies</b> ({@link #page}): line breaks are normalized to \n; zero-width characters
 *       (U+200B–U+200D, U+2060, U+FEFF/BOM, soft hyphen), bidirectional controls (LRM, RLM, U+202A–U+202E,
 *       U+2066–U+2069), C0/C1 control characters other than \n and \t, unpaired surrogates and the noncharacters
 *       U+FFFE/U+FFFF are removed. Everything else is kept as sent: full-width digits, emoji, CJK punctuation.</li>
 *   <li><b>Single-line fields</b> (title, source, byline …, {@link #line}): the same, and \n, \t become a space; the
 *       result is stripped.</li>
 *   <li><b>Query parameters</b> are not rewritten: control characters in them are a 400 ({@link QueryParamLimits}).</li>
 * </ul>
 */
public final class TextSanitizer {

    private TextSanitizer() {
    }

    /** Page text with invisible and control characters removed; null stays null. */
    public static String page(String text) {
        return text == null ? null : clean(text, false, null);
    }

    /** A single-line field: as {@link #page}, with line breaks and tabs as spaces, stripped; null stays null. */
    public static String line(String text) {
        return text == null ? null : clean(text, true, null).strip();
    }

    /**
     * Page text with invisible and control characters removed, and for each character of the result its index in the
     * original, so positions found in the cleaned text can be reported against the text the client sent.
     */
    public static Mapped pageMapped(String text) {
        int[] index = new int[text.length() + 1];
        String cleaned = clean(text, false, index);
        index[cleaned.length()] = text.length();
        return new Mapped(cleaned, index);
    }

    /** A cleaned text and the original index of each of its characters ({@code originalIndex[cleaned.length()]} is the original length). */
    public record Mapped(String text, int[] originalIndex) {
        public int original(int cleanedOffset) {
            return originalIndex[Math.max(0, Math.min(cleanedOffset, text.length()))];
        }
    }

    /** True for characters removed from every text field. */
    public static boolean isInvisibleOrControl(int c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x00AD                       // soft hyphen
                || (c >= 0x200B && c <= 0x200F)      // zero-width space, ZWNJ, ZWJ, LRM, RLM
                || (c >= 0x202A && c <= 0x202E)      // bidi embeddings and overrides
                || (c >= 0x2060 && c <= 0x2064)      // word joiner, invisible operators
                || (c >= 0x2066 && c <= 0x2069)      // bidi isolates
                || c == 0xFEFF                       // BOM / zero-width no-break space
                || c == 0xFFFE || c == 0xFFFF;       // noncharacters
    }

    private static String clean(String text, boolean singleLine, int[] index) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = null;
            boolean drop = false;
            if (c == '\r') {
                // \r\n and a lone \r are one line break
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    drop = true;
                } else {
                    replacement = singleLine ? " " : "\n";
                }
            } else if (singleLine && (c == '\n' || c == '\t')) {
                replacement = " ";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                        if (index != null) {
                            index[out.length() - 2] = i;
                            index[out.length() - 1] = i + 1;
                        }
                    } else if (index != null) {
                        index[i] = i;
                        index[i + 1] = i + 1;
                    }
                    i++;
                    continue;
                }
                drop = true;
            } else if (Character.isLowSurrogate(c) || isInvisibleOrControl(c)) {
                drop = true;
            }
            if (drop || replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                    out.append(text, 0, i);
                }
                if (replacement != null) {
                    out.append(replacement);
                    if (index != null) {
                        index[out.length() - 1] = i;
                    }
                }
                continue;
            }
            if (out != null) {
                out.append(c);
                if (index != null) {
                    index[out.length() - 1] = i;
                }
            } else if (index != null) {
                index[i] = i;
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Decodes bytes strictly: malformed or unmappable input is an {@link ApiException} 400 naming the byte offset,
     * rather than text with U+FFFD in it.
     */
    public static String decodeStrict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = (charset == null ? StandardCharsets.UTF_8 : charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid-encoding", "Invalid character encoding",
                    "the body is not valid " + decoder.charset().name() + " (first bad byte near offset " + in.position() + ")", null);
        }
    }
}

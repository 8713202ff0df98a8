package org.regionaltimeline.api;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The input rules of {@link TextSanitizer}, on real page text and on random strings of every kind of character. */
class TextSanitizerTest {

    private static final String PAGE = "新华社乌鲁木齐11月28日电 28日上午，在塔克拉玛干沙漠南缘的新疆于田县，绿色阻沙防护带实现全面锁边“合龙”。\n"
            + "本报讯 11月20日下午，昌吉国家农业高新技术产业示范区签订投资协议书，总投资７．４亿元。🎉";

    @Example
    void removesInvisibleCharactersAndKeepsEverythingElse() {
        String dirty = "\uFEFF新华社乌鲁木齐11月2\u200B8日电 28\u200D日上午\u200E，\u202E在于田县\u0000\u0007。\r\n第二行\t制表\u2066\u2069\u00AD";
        assertEquals("新华社乌鲁木齐11月28日电 28日上午，在于田县。\n第二行\t制表", TextSanitizer.page(dirty));
        assertEquals(PAGE, TextSanitizer.page(PAGE), "real page text, full-width digits and emoji are kept as sent");
    }

    @Example
    void singleLineFieldsLoseLineBreaks() {
        assertEquals("昌吉日报 第3版", TextSanitizer.line(" 昌吉日报\r\n第3版\u200B\t"));
        assertEquals("", TextSanitizer.line("\u200B\uFEFF"));
    }

    @Example
    void unpairedSurrogatesAreRemovedPairsKept() {
        assertEquals("a😀b", TextSanitizer.page("a\uD800😀\uDC00b"));
    }

    @Example
    void strictDecodingRejectsInvalidUtf8() {
        byte[] valid = PAGE.getBytes(StandardCharsets.UTF_8);
        assertEquals(PAGE, TextSanitizer.decodeStrict(valid, StandardCharsets.UTF_8));
        byte[] truncated = java.util.Arrays.copyOf(valid, 4); // cuts 华 in half
        ApiException e = assertThrows(ApiException.class, () -> TextSanitizer.decodeStrict(truncated, StandardCharsets.UTF_8));
        assertEquals(400, e.status());
        assertThrows(ApiException.class, () -> TextSanitizer.decodeStrict(new byte[]{'a', (byte) 0xC0, (byte) 0xAF}, null), "overlong");
        assertThrows(ApiException.class, () -> TextSanitizer.decodeStrict(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, null), "encoded surrogate");
    }

    @Example
    void offsetsMapBackToTheTextAsSent() {
        String sent = "\u200B\u200B11月2\u200B8日下午";
        TextSanitizer.Mapped m = TextSanitizer.pageMapped(sent);
        assertEquals("11月28日下午", m.text());
        assertEquals(2, m.original(0));
        assertEquals(sent.length(), m.original(m.text().length()));
    }

    @Property(tries = 500)
    void cleanedTextHasNoInvisibleOrControlCharacters(@ForAll("hostile") String s) {
        for (String cleaned : new String[]{TextSanitizer.page(s), TextSanitizer.line(s)}) {
            cleaned.codePoints().forEach(c -> assertFalse(TextSanitizer.isInvisibleOrControl(c) || c == '\r',
                    () -> "U+" + Integer.toHexString(c) + " left in " + cleaned));
            for (int i = 0; i < cleaned.length(); i++) {
                char c = cleaned.charAt(i);
                if (Character.isSurrogate(c)) {
                    assertTrue(Character.isHighSurrogate(c) && i + 1 < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(++i)));
                }
            }
        }
    }

    @Property(tries = 500)
    void cleaningIsIdempotentAndOnlyRemoves(@ForAll("hostile") String s) {
        String once = TextSanitizer.page(s);
        assertEquals(once, TextSanitizer.page(once));
        assertTrue(once.length() <= s.length());
        TextSanitizer.Mapped m = TextSanitizer.pageMapped(s);
        assertEquals(once, m.text());
        for (int i = 0; i < once.length(); i++) {
            char c = once.charAt(i);
            char original = s.charAt(m.original(i));
            assertTrue(c == original || (c == '\n' && original == '\r'), "every kept character maps to itself in the original");
        }
    }

    @Property(tries = 300)
    void validUtf8AlwaysDecodesToTheSameText(@ForAll("hostile") String s) {
        String wellFormed = TextSanitizer.page(s); // no unpaired surrogates: encodable
        assertEquals(wellFormed, TextSanitizer.decodeStrict(wellFormed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> nasty = Arbitraries.of('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2060',
                '\u2066', '\u2069', '\uFEFF', '\u00AD', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\r', '\n', '\t',
                '\uD800', '\uDC00', '\uFFFE', '\uFFFF', '\uFFFD', '１', '２', '月', '日', '。', '\'', '<', '%', '"');
        Arbitrary<String> nastyOnly = nasty.list().ofMaxSize(60).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u0000', '\u3000').ofMaxLength(200),
                nastyOnly,
                Arbitraries.strings().withChars(PAGE.toCharArray()).withChars('\u200B', '\r', '\u0000', '\uD83C').ofMaxLength(80));
    }
}

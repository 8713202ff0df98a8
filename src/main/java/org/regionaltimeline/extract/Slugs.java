package org.regionaltimeline.extract;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Readable, stable ASCII slugs for project URLs from Chinese names: 三北工程 → san-bei-gong-cheng. Toneless pinyin of
 * each character (the first reading of a polyphone), digits and Latin letters kept; long names are cut at a syllable
 * and get a short hash of the merge key so different long names stay apart.
 */
public final class Slugs {

    private static final int MAX = 60;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Slugs() {
    }

    public static String slug(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean cut = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece = null;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                // keep runs of letters and digits together: 3046, 5g
                int j = i;
                while (j < text.length() && ((text.charAt(j) >= 'a' && text.charAt(j) <= 'z') || (text.charAt(j) >= '0' && text.charAt(j) <= '9'))) {
                    j++;
                }
                piece = text.substring(i, j);
                i = j - 1;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                piece = pinyin(c);
            }
            if (piece == null || piece.isEmpty()) {
                continue;
            }
            if (out.length() + piece.length() + 1 > MAX) {
                cut = true;
                break;
            }
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(piece);
        }
        if (cut || out.isEmpty()) {
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(hash(ProjectNames.key(name)));
        }
        return out.toString();
    }

    private static String pinyin(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0].replace("u:", "v");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return null;
        }
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

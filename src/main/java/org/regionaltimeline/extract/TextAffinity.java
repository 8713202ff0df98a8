package org.regionaltimeline.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Character-bigram overlap, used to pair headlines with the bodies they belong to when a page prints them apart.
 * Bigrams are taken inside runs of letters/digits (Han characters included) after spaces are removed, so
 * {@code 3046 公里} and {@code 3046公里} give the same bigrams; punctuation breaks a run.
 */
public final class TextAffinity {

    private TextAffinity() {
    }

    /** The set of character bigrams of a text. */
    public static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String s = text.replace(" ", "");
        int runStart = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && runStart < 0) {
                runStart = i;
            } else if (!word && runStart >= 0) {
                for (int k = runStart; k + 1 < i; k++) {
                    out.add(s.substring(k, k + 2));
                }
                runStart = -1;
            }
        }
        return out;
    }

    /** Share of the headline's bigrams found in the body bigrams (0 when the headline has none). */
    public static double coverage(Set<String> headline, Set<String> body) {
        if (headline.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String g : headline) {
            if (body.contains(g)) {
                hit++;
            }
        }
        return (double) hit / headline.size();
    }

    /** Number of (possibly overlapping) occurrences of {@code needle} in {@code text}. */
    public static int occurrences(String text, String needle) {
        if (text == null || needle == null || needle.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** How often each bigram of letters/digits occurs inside the given lines (never across two lines). */
    public static Map<String, Integer> bigramCounts(Iterable<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            for (int i = 0; i + 1 < line.length(); i++) {
                if (Character.isLetterOrDigit(line.charAt(i)) && Character.isLetterOrDigit(line.charAt(i + 1))) {
                    counts.merge(line.substring(i, i + 2), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}

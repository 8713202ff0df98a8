package org.regionaltimeline.extract;

/** Reads numbers written with Arabic digits (full-width too) or Chinese numerals: 2024, ２０２４, 二〇二四, 十一, 二十, 三千零四十六. */
public final class ChineseNumbers {

    private ChineseNumbers() {
    }

    public static int parse(String text) {
        String t = text.strip();
        if (t.chars().allMatch(c -> Character.isDigit(c))) {
            return Integer.parseInt(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC));
        }
        // digit by digit (二〇二四) when there is no 十/百/千
        if (t.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            int v = 0;
            for (char c : t.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (char c : t.toCharArray()) {
            switch (c) {
                case '十' -> {
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                case '千' -> {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                default -> current = digit(c);
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '0', '０' -> 0;
            case '一', '1', '１' -> 1;
            case '二', '两', '2', '２' -> 2;
            case '三', '3', '３' -> 3;
            case '四', '4', '４' -> 4;
            case '五', '5', '５' -> 5;
            case '六', '6', '６' -> 6;
            case '七', '7', '７' -> 7;
            case '八', '8', '８' -> 8;
            case '九', '9', '９' -> 9;
            default -> throw new IllegalArgumentException("not a numeral: " + c);
        };
    }
}

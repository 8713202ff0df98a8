package org.regionaltimeline.extract;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds amounts with units in a sentence: 总投资7.4亿元, 3046公里, 2万平方米, 4000个, 12%, 52位. Stateless. */
public final class FigureParser {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("亿元", "CNY"), Map.entry("万元", "CNY"), Map.entry("元", "CNY"),
            Map.entry("公里", "km"), Map.entry("千米", "km"), Map.entry("km", "km"),
            Map.entry("平方公里", "km2"), Map.entry("平方米", "m2"), Map.entry("亩", "mu"), Map.entry("米", "m"),
            Map.entry("吨", "ton"), Map.entry("人次", "person-times"), Map.entry("人", "person"), Map.entry("名", "person"),
            Map.entry("位", "person"), Map.entry("个", "count"), Map.entry("项", "count"), Map.entry("家", "count"),
            Map.entry("座", "count"), Map.entry("台", "count"), Map.entry("所", "count"), Map.entry("条", "count"),
            Map.entry("类", "count"), Map.entry("部", "count"), Map.entry("篇", "count"), Map.entry("%", "percent"),
            Map.entry("小时", "hour"));
    private static final Pattern FIGURE = Pattern.compile(
            "(?<label>总投资|投资额|投资|总产值|产值|全长|总长|长达|面积|规模|营业收入|收入|增加值)?(?<approx>约|近|超过|超|达|逾)?"
                    + "(?<number>\\d+(?:\\.\\d+)?)(?<mult>万亿|千万|百万|万|亿|千)?"
                    + "(?<unit>亿元|万元|元|平方公里|平方米|公里|千米|km|亩|吨|人次|人|名|位|个|项|家|座|台|所|条|类|部|篇|%|小时|米)");

    private FigureParser() {
    }

    public static List<Figure> parse(String sentence) {
        String text = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
        if (text.length() != sentence.length()) {
            text = sentence;
        }
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String unit = m.group("unit");
            String before = text.substring(Math.max(0, m.start() - 1), m.start());
            // 第3个, 5G-like codes and years (2024年) are not amounts
            if (before.equals("第") || before.matches("[A-Za-z.]")) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group("number"));
            String mult = m.group("mult");
            if (mult != null) {
                value = value.multiply(multiplier(mult));
            }
            if (unit.equals("亿元")) {
                value = value.multiply(BigDecimal.valueOf(100_000_000L));
            } else if (unit.equals("万元")) {
                value = value.multiply(BigDecimal.valueOf(10_000L));
            } else if (unit.equals("平方公里")) {
                value = value.multiply(BigDecimal.valueOf(1_000_000L));
                unit = "平方米";
            }
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            out.add(new Figure(sentence.substring(m.start(), m.end()), value, UNITS.get(unit)));
        }
        return out;
    }

    private static BigDecimal multiplier(String mult) {
        return switch (mult) {
            case "万亿" -> BigDecimal.valueOf(1_000_000_000_000L);
            case "千万" -> BigDecimal.valueOf(10_000_000L);
            case "百万" -> BigDecimal.valueOf(1_000_000L);
            case "万" -> BigDecimal.valueOf(10_000L);
            case "亿" -> BigDecimal.valueOf(100_000_000L);
            default -> BigDecimal.valueOf(1_000L);
        };
    }
}

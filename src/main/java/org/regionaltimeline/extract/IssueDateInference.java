package org.regionaltimeline.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a page's issue date when the caller gives none.
 * <ol>
 *   <li>A printed issue date: a line near the top holding only a full date (2023年5月30日), usually with a weekday
 *       or lunar line beside it (星期二, 癸卯年四月十二).</li>
 *   <li>Otherwise the day after the latest full date or month-day mentioned (datelines such as 新华社乌鲁木齐11月28日电 and
 *       dated happenings: papers report yesterday's news), in the year the page names most often.</li>
 * </ol>
 */
public final class IssueDateInference {

    private static final int HEADER_LINES = 40;
    private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern WEEKDAY_OR_LUNAR = Pattern.compile("星期[一二三四五六日天]|周[一二三四五六日]|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|农历");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!代)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private IssueDateInference() {
    }

    public static Optional<LocalDate> infer(String pageText) {
        String text = Normalizer.normalize(pageText, Normalizer.Form.NFKC);
        return printed(text).or(() -> dayAfterLatestMention(text));
    }

    static Optional<LocalDate> printed(String text) {
        String[] lines = text.split("\\R");
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEADER_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = FULL_DATE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String rest = (line.substring(0, m.start()) + line.substring(m.end())).strip();
            boolean alone = rest.isEmpty() || WEEKDAY_OR_LUNAR.matcher(rest).find();
            boolean besideWeekday = nearbyWeekday(lines, i);
            if (alone && (besideWeekday || rest.length() > 0 || line.length() <= 12)) {
                Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean nearbyWeekday(String[] lines, int index) {
        for (int j = Math.max(0, index - 2); j <= Math.min(lines.length - 1, index + 3); j++) {
            if (WEEKDAY_OR_LUNAR.matcher(lines[j]).find()) {
                return true;
            }
        }
        return false;
    }

    static Optional<LocalDate> dayAfterLatestMention(String text) {
        Map<Integer, Integer> years = new HashMap<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int year = years.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .get().getKey();
        LocalDate latest = null;
        Matcher full = FULL_DATE.matcher(text);
        while (full.find()) {
            Optional<LocalDate> d = date(full.group(1), full.group(2), full.group(3));
            if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                latest = d.get();
            }
        }
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            Optional<LocalDate> d = date(String.valueOf(year), md.group(1), md.group(2));
            if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                latest = d.get();
            }
        }
        return Optional.ofNullable(latest).map(d -> d.plusDays(1));
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

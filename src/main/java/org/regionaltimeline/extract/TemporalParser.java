package org.regionaltimeline.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in Chinese newspaper text and normalizes them against a reference date (the issue date or
 * the story's dateline). Full-width digits and Chinese numerals (二〇二四年十一月二十日) are read; offsets and texts refer
 * to the input as given. Stateless and thread-safe.
 */
public final class TemporalParser {

    private static final String NUM = "[0-9〇零一二两三四五六七八九十]";
    private static final String SP = "\\s*";
    private static final String YEAR = "(?<year>" + NUM + "{4})" + SP + "年";
    private static final String REL_YEAR = "(?<relyear>今年|去年|明年|前年|当年|本年度|今年度)";
    private static final String MONTH = "(?<month>" + NUM + "{1,3})" + SP + "月";
    private static final String REL_MONTH = "(?<relmonth>本月|上月|下月|当月)";
    private static final String DAY = "(?<day>" + NUM + "{1,3})" + SP + "[日号]";
    private static final String RANGE_END = "(?:" + SP + "(?:至|到|—|－|-|~|～)" + SP + "(?:(?<endmonth>" + NUM + "{1,3})" + SP + "月" + SP + ")?(?<endday>" + NUM + "{1,3})" + SP + "[日号])?";
    private static final String PART = "(?<part>年底|年末|年初|底|末|初|上半年|下半年|[一二三四1-4]季度|第[一二三四1-4]季度|前三季度|月底|月末|月初|上旬|中旬|下旬)?";
    private static final String TIME = "(?<tod>上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|夜间|晚)?";

    /** One pass, most specific first: [year|relyear] [month|relmonth] [day [range]] [part] [time of day]. */
    private static final Pattern DATE = Pattern.compile(
            "(?<prefix>截至|截止到|截止|自|从|于|到)?" + SP
                    + "(?:(?:" + YEAR + "|" + REL_YEAR + ")" + SP + ")?"
                    + "(?:(?:" + MONTH + "|" + REL_MONTH + ")" + SP + ")?"
                    + "(?:" + DAY + RANGE_END + ")?"
                    + PART + SP + TIME
                    + "(?<suffix>以来|起|至今)?");
    private static final Pattern HOLIDAY = Pattern.compile("(?<rel>今年|去年|明年)?(?<year>[0-9]{4}年)?(?<name>国庆|五一|元旦|中秋)(?:节)?(?:期间|假期|前夕|当天)?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<word>近日|日前|近期|最近|当天|当日|同日|当晚|次日|昨天|昨日|今天|今日|本周|上周|下周)(?<tod>上午|下午|中午|晚上|傍晚|凌晨|夜间)?");
    /** 2025年版, 2025年度榜单, 2025年第二次全体会议, 2024年全国…活动: a year that is part of a name or a unit. */
    private static final Pattern FOLLOWED_BY_UNIT = Pattern.compile("^\\s*(?:版|级|届|期|度|第|全国|号线|个|名|人|多|余|万|亿|年代)");

    public List<TemporalExpression> parse(String input, LocalDate reference) {
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC);
        // NFKC keeps the length of CJK text and maps full-width digits one to one, so offsets stay valid
        if (text.length() != input.length()) {
            text = input;
        }
        List<TemporalExpression> out = new ArrayList<>();
        Matcher h = HOLIDAY.matcher(text);
        while (h.find()) {
            int start = h.start();
            int year = h.group("year") != null ? Integer.parseInt(h.group("year").substring(0, 4))
                    : "去年".equals(h.group("rel")) ? reference.getYear() - 1 : "明年".equals(h.group("rel")) ? reference.getYear() + 1 : reference.getYear();
            PartialDate date = switch (h.group("name")) {
                case "国庆" -> PartialDate.month(year, 10);
                case "五一" -> PartialDate.month(year, 5);
                case "元旦" -> PartialDate.day(LocalDate.of(year, 1, 1));
                default -> PartialDate.month(year, 9); // 中秋 falls in September or early October; month is the honest precision
            };
            out.add(new TemporalExpression(input.substring(h.start(), h.end()), h.start(), date, null, false));
        }
        List<TemporalExpression> holidays = List.copyOf(out);
        Matcher m = DATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (m.end() == m.start() || !hasDatePart(m)) {
                from = Math.max(m.end(), m.start() + 1);
                continue;
            }
            int matchStart = m.start();
            int matchEnd = m.end();
            boolean overlapsHoliday = holidays.stream().anyMatch(x -> matchStart < x.offset() + x.text().length() && x.offset() < matchEnd);
            TemporalExpression e = overlapsHoliday ? null : absolute(m, text, input, reference);
            if (e != null) {
                out.add(e);
            }
            from = m.end();
        }
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            int start = r.start();
            if (out.stream().anyMatch(e -> start >= e.offset() && start < e.offset() + e.text().length())) {
                continue;
            }
            TemporalExpression e = relative(r, input, reference);
            if (e != null) {
                out.add(e);
            }
        }
        out.sort(java.util.Comparator.comparingInt(TemporalExpression::offset));
        return out;
    }

    private static boolean hasDatePart(Matcher m) {
        return m.group("year") != null || m.group("relyear") != null || m.group("month") != null
                || m.group("relmonth") != null || m.group("day") != null
                || (m.group("part") != null && m.group("part").length() > 1 && !m.group("part").startsWith("月") && !m.group("part").endsWith("旬"));
    }

    private static TemporalExpression absolute(Matcher m, String text, String input, LocalDate ref) {
        // a bare number with 日 alone ("28日") needs care: 24日 is a day, but 24小时 or 5G are not matched at all
        String tail = text.substring(m.end());
        if (m.group("year") != null && m.group("month") == null && m.group("day") == null && FOLLOWED_BY_UNIT.matcher(tail).lookingAt()) {
            return null;
        }
        Integer year = m.group("year") != null ? ChineseNumbers.parse(m.group("year")) : null;
        String relYear = m.group("relyear");
        if (relYear != null) {
            year = switch (relYear) {
                case "去年" -> ref.getYear() - 1;
                case "明年" -> ref.getYear() + 1;
                case "前年" -> ref.getYear() - 2;
                default -> ref.getYear();
            };
        }
        Integer month = m.group("month") != null ? ChineseNumbers.parse(m.group("month")) : null;
        String relMonth = m.group("relmonth");
        if (relMonth != null) {
            YearMonth ym = YearMonth.from(ref).plusMonths(switch (relMonth) {
                case "上月" -> -1;
                case "下月" -> 1;
                default -> 0;
            });
            year = ym.getYear();
            month = ym.getMonthValue();
        }
        Integer day = m.group("day") != null ? ChineseNumbers.parse(m.group("day")) : null;
        if (day != null && month == null && relMonth == null && !m.group("day").matches("[0-9]{1,2}")) {
            return null; // 神舟二十一号, 深海一号: a numeral with 号 and no month is a name, not a day
        }
        if (day != null && month == null && relMonth == null && text.charAt(m.end("day")) == '号') {
            return null;
        }
        if ((month != null && (month < 1 || month > 12)) || (day != null && (day < 1 || day > 31))
                || (year != null && (year < 1900 || year > 2100))) {
            return null;
        }
        String prefix = m.group("prefix");
        boolean future = isFutureContext(text, m.start(), prefix);
        if (year == null && month != null) {
            year = ref.getYear();
            LocalDate probe = safeDate(year, month, day == null ? 1 : day);
            if (probe == null) {
                return null;
            }
            // a year-less date after the issue date is last year's, unless the sentence looks ahead (预计12月…)
            if (!future && (day != null ? probe.isAfter(ref) : YearMonth.of(year, month).isAfter(YearMonth.from(ref)))) {
                year--;
            } else if (future && (day != null ? probe.isBefore(ref) : YearMonth.of(year, month).isBefore(YearMonth.from(ref)))) {
                year++;
            }
        } else if (year == null && month == null && day == null) {
            // 上半年, 三季度, 年底 alone: this year's, or last year's when that part of the year has not begun yet
            year = ref.getYear();
            PartialDate thisYear = build(year, null, null, m, ref);
            if (thisYear != null && thisYear.start().isAfter(ref) && !future) {
                year--;
            }
        } else if (year == null && month == null && day != null) {
            year = ref.getYear();
            month = ref.getMonthValue();
            if (day > ref.getDayOfMonth() && !future) {
                YearMonth prev = YearMonth.from(ref).minusMonths(1);
                year = prev.getYear();
                month = prev.getMonthValue();
            }
        }
        PartialDate date;
        try {
            date = build(year, month, day, m, ref);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        if (date == null) {
            return null;
        }
        int start = m.start();
        // keep "截至/自/于" out of the printed text unless it carries meaning for the range (截至, 自…起)
        if (prefix != null && (prefix.equals("于") || prefix.equals("从") || prefix.equals("到"))) {
            start = m.start("prefix") + prefix.length();
            while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        String printed = input.substring(start, m.end()).strip();
        return new TemporalExpression(printed, start, date, timeOfDay(m.group("tod")), false);
    }

    private static PartialDate build(Integer year, Integer month, Integer day, Matcher m, LocalDate ref) {
        String part = m.group("part");
        if (year == null) {
            return null;
        }
        if (month == null) {
            if (part == null || part.startsWith("月") || part.endsWith("旬")) {
                return PartialDate.year(year);
            }
            return switch (part) {
                case "年底", "年末", "底", "末" -> PartialDate.month(year, 12);
                case "年初", "初" -> PartialDate.month(year, 1);
                case "上半年" -> new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), Precision.QUARTER);
                case "下半年" -> new PartialDate(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), Precision.QUARTER);
                case "前三季度" -> new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30), Precision.QUARTER);
                default -> PartialDate.quarter(year, ChineseNumbers.parse(part.replaceAll("[第季度]", "")));
            };
        }
        if (day == null) {
            return PartialDate.month(year, month);
        }
        LocalDate start = LocalDate.of(year, month, day);
        if (m.group("endday") != null) {
            int endMonth = m.group("endmonth") != null ? ChineseNumbers.parse(m.group("endmonth")) : month;
            LocalDate end = LocalDate.of(year, endMonth, ChineseNumbers.parse(m.group("endday")));
            if (end.isBefore(start)) {
                end = end.plusYears(1);
            }
            return new PartialDate(start, end, Precision.DAY);
        }
        return PartialDate.day(start);
    }

    private static TemporalExpression relative(Matcher r, String input, LocalDate ref) {
        String word = r.group("word");
        TimeOfDay tod = timeOfDay(r.group("tod"));
        PartialDate date;
        boolean approximate = false;
        switch (word) {
            case "近日", "日前", "近期", "最近" -> {
                date = PartialDate.month(ref.getYear(), ref.getMonthValue());
                approximate = true;
            }
            case "昨天", "昨日" -> date = PartialDate.day(ref.minusDays(1));
            case "次日" -> date = PartialDate.day(ref.plusDays(1));
            case "本周", "上周", "下周" -> {
                LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(word.equals("上周") ? -1 : word.equals("下周") ? 1 : 0);
                date = new PartialDate(monday, monday.plusDays(6), Precision.WEEK);
            }
            default -> date = PartialDate.day(ref); // 当天/当日/今天: the reference day; callers resolve 当天 to the last date
        }
        return new TemporalExpression(input.substring(r.start(), r.end()), r.start(), date, tod, approximate);
    }

    private static boolean isFutureContext(String text, int at, String prefix) {
        String before = text.substring(Math.max(0, at - 8), at);
        return before.matches(".*(将于|将在|将|计划|预计|拟于|拟|力争|争取|有望|即将|明年).*");
    }

    private static TimeOfDay timeOfDay(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "上午", "早上", "清晨", "凌晨" -> TimeOfDay.MORNING;
            case "下午" -> TimeOfDay.AFTERNOON;
            case "晚上", "晚间", "傍晚", "夜间", "晚" -> TimeOfDay.EVENING;
            default -> null;
        };
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

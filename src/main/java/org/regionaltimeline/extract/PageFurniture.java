package org.regionaltimeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: the parts of a printed page that belong to no article (masthead, issue number, date line, contact
 * lines, QR-code blurbs, editor credits, banner slogans), plus cross-page references and continuation markers.
 * All tests take one normalized line ({@link PageText#normalize(String)}).
 */
public final class PageFurniture {

    /** Furniture lines are short; longer lines are never tested. */
    static final int MAX_LENGTH = 60;

    private static final String NUM = "[0-9０-９一二三四五六七八九十〇零]+";

    private static final List<Pattern> FURNITURE = List.of(
            // issue number, number of pages, page label
            Pattern.compile("^总第\\s*" + NUM + "\\s*期$"),
            Pattern.compile("^(今日|本期|本报今日)\\s*" + NUM + "\\s*(个)?版$"),
            Pattern.compile("^第\\s*" + NUM + "\\s*版(\\s*[\\p{IsHan}]{0,6})?$"),
            Pattern.compile("^[A-Za-z]?\\d{1,2}\\s*版?$"),
            // dates printed as masthead lines (a line that is only a date, weekday or lunar date)
            Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(\\s*(星期|周|礼拜)[一二三四五六日天])?"
                    + "(\\s+(农历)?[\\p{IsHan}]{2,12}){0,3}$"),
            Pattern.compile("^(农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\\s*[\\p{IsHan}]{0,4}月[\\p{IsHan}]{1,3}"
                    + "(\\s*(星期|周)[一二三四五六日天])?$"),
            Pattern.compile("^(星期|周|礼拜)[一二三四五六日天]$"),
            // editors and production credits
            Pattern.compile("^(本版)?(责任编辑|责编|编辑|美编|美术编辑|版式|版式设计|校对|审核|审校|终审|二审|三审|组版|排版|"
                    + "值班主任|值班编委|图片编辑|制图)\\s*[:：/／|丨]\\s*.{0,40}$"),
            // contact lines
            Pattern.compile("^((?i:e-?mail)|电子邮箱|投稿邮箱|邮箱)\\s*[:：]?.{0,60}$"),
            Pattern.compile("^(新闻|广告|发行|订阅|读者|投诉|举报|报料|值班)?(热线|电话)(电话)?\\s*[:：]?[\\d\\-－—\\s()（）/、]*$"),
            Pattern.compile("^(电话|传真|邮编|邮政编码|社址|地址|网址)\\s*[:：].{0,50}$"),
            Pattern.compile("^[\\d\\-－—()（）\\s/、]{7,30}$"),
            Pattern.compile("^(?i:https?://|www\\.)\\S+$"),
            // QR codes, apps
            Pattern.compile("^.{0,12}(扫描|扫一扫|扫码).{0,16}(二维码|客户端|关注|下载).{0,12}$"),
            Pattern.compile("^(获取|阅读|了解)更多.{0,12}$"),
            Pattern.compile("^(下载|关注).{0,12}(客户端|公众号|APP|App|app)$"),
            // registration numbers, masthead organisation lines
            Pattern.compile("^(国内统一连续出版物号|国内统一刊号|国际标准连续出版物号|邮发代号|CN\\s*\\d{2}\\s*[-－]\\s*\\d{4}).*$"),
            Pattern.compile("^.{2,30}(委员会|融媒体中心|报社|日报社|传媒集团|出版社|中心|集团)"
                    + "(主管主办|主管|主办|出版|主管主办出版|主办出版|编辑出版)$"),
            // the paper's name or motto standing alone: 伊犁日报, 中共XX委机关报
            Pattern.compile("^[\\p{IsHan}]{2,8}(日报|晚报|都市报|经济报|法治报|农民报|电视报|时报)(社)?$"),
            Pattern.compile("^.{0,24}(党委|委员会|区委|州委|地委|市委|县委)?机关报$"),
            // rules and separators
            Pattern.compile("^[-=*_—─━·•~～#＊＝－\\s]{3,}$"));

    /** All furniture patterns as one alternation (one matcher per line). */
    private static final Pattern ANY_FURNITURE = Pattern.compile(String.join("|",
            FURNITURE.stream().map(p -> "(?:" + p.pattern() + ")").toList()));

    private static final Pattern CONTINUATION = Pattern.compile(
            "[（(]\\s*((下转|上接|转|接|续)\\s*(第)?\\s*([一二三四五六七八九十]+|[A-Za-z]?\\d{1,2})\\s*(版|页)[^）)]{0,10})\\s*[）)]");
    private static final Pattern PAGE_REF = Pattern.compile(
            "^[▲▼►◄→←◆★●■\\s]*(第?\\s*[A-Za-z]?\\d{1,2}\\s*版\\s*[/／、,，和及]?\\s*)+[▲▼►◄→←◆★●■\\s]*$"
                    + "|^[（(].{0,40}(见|详见|转|接)\\s*第?\\s*([一二三四五六七八九十]+|[A-Za-z]?\\d{1,2})\\s*(版|页).{0,6}[）)]$"
                    + "|^(详见|见|更多内容见|详细报道见)\\s*第?\\s*([一二三四五六七八九十]+|[A-Za-z]?\\d{1,2})\\s*(版|页).{0,8}$");

    private PageFurniture() {
    }

    /** Whether a whole line is page furniture that belongs to no article. */
    public static boolean isFurniture(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return false;
        }
        return ANY_FURNITURE.matcher(s).matches() || isRepeatedSlogan(s) || isFurnitureTokens(s);
    }

    /** A masthead line made of several furniture items: {@code 第12345期 今日8版}, {@code 2024年7月12日 星期五 第3版}. */
    private static boolean isFurnitureTokens(String s) {
        String[] parts = s.split(" ");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!TOKEN.matcher(part).matches() && !ANY_FURNITURE.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern TOKEN = Pattern.compile(
            "^(第\\s*" + NUM + "\\s*期|总第\\s*" + NUM + "\\s*期|今日\\s*" + NUM + "\\s*版|" + NUM + "\\s*版|星期[一二三四五六日天]|"
                    + "周[一二三四五六日天]|农历[\\p{IsHan}]{2,8})$");

    /**
     * A banner slogan printed twice over itself, as PDF text layers often render outlined titles:
     * {@code 奋进强国路奋进强国路 阔步新征程阔步新征程}. True when a space-separated part of at least 6 characters
     * is one string written twice.
     */
    public static boolean isRepeatedSlogan(String line) {
        String s = line.strip();
        if (s.length() > 60) {
            return false;
        }
        for (String part : s.split(" ")) {
            int n = part.length();
            if (n >= 6 && n % 2 == 0 && part.substring(0, n / 2).equals(part.substring(n / 2))) {
                return true;
            }
        }
        return false;
    }

    /** A cross-page reference standing alone: {@code ▲03版/04版▼}, {@code （…主要篇目介绍见第二版）}, {@code 详见第3版}. */
    public static boolean isPageReference(String line) {
        return line != null && !isContinuationLine(line) && PAGE_REF.matcher(line.strip()).matches();
    }

    /** Whether the line is only a continuation marker such as {@code （下转第二版）} or {@code (上接第一版)}. */
    public static boolean isContinuationLine(String line) {
        if (line == null) {
            return false;
        }
        Matcher m = CONTINUATION.matcher(line.strip());
        return m.matches();
    }

    /** The first continuation marker in the text, without brackets ({@code 下转第二版}), or {@code null}. */
    public static String continuationMarker(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CONTINUATION.matcher(text);
        return m.find() ? m.group(1).replace(" ", "") : null;
    }

    /** Whether a continuation marker points to an earlier page ({@code 上接…}, {@code 接…}, {@code 续…}). */
    public static boolean isContinuedFrom(String marker) {
        return marker != null && (marker.startsWith("上接") || marker.startsWith("接") || marker.startsWith("续"));
    }

    /** The text with every continuation marker removed (and the space around it trimmed). */
    public static String removeContinuationMarkers(String text) {
        return text == null ? null : CONTINUATION.matcher(text).replaceAll("").strip();
    }
}

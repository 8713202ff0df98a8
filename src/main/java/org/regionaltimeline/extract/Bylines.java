package org.regionaltimeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits printed around an article: leading bylines and datelines ({@code 本报讯(记者 X)}, {@code 本报讯 记者X报道：},
 * {@code 新华社乌鲁木齐11月28日电（记者…）}, {@code □工人日报记者/X}, {@code ◆ 昌平}), trailing credits
 * ({@code （据6月25日《新疆日报》）}, {@code （人民日报记者…参与采写）}) and photo credits ({@code □本报记者 X摄},
 * {@code X供图}, {@code 图片由X提供}).
 */
public final class Bylines {

    /** A byline found at the start of a paragraph, and the body text that follows it on the same paragraph. */
    public record Lead(String byline, String dateline, String source, String rest) {
    }

    /** Outlets whose names open a dateline or a credit. */
    static final String OUTLETS = "新华社|中新社|中新网|中国新闻社|人民网|新华网|央视网|央视新闻|央广网|中国网|光明网|国际在线|天山网|亚心网|"
            + "石榴云|人民日报|经济日报|光明日报|工人日报|农民日报|法治日报|科技日报|中国青年报|中国日报|新疆日报|兵团日报|"
            + "新疆经济报|新疆法治报|乌鲁木齐晚报";

    private static final String PAREN = "[（(][^（）()]{0,80}[）)]";
    private static final String DATE = "\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日";

    private static final Pattern BENBAO_XUN = Pattern.compile(
            "^本报讯\\s*(?:" + PAREN + "|[^。；，,（(！？]{0,40}?报道\\s*[:：])?");
    private static final Pattern BENBAO_DATELINE = Pattern.compile(
            "^(本报(?:[\\p{IsHan}]{0,10}?\\s*" + DATE + "\\s*(?:电|讯)|[\\p{IsHan}]{2,6}?讯))\\s*(?:" + PAREN + ")?");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^((" + OUTLETS + ")(?:记者)?\\s*[\\p{IsHan}·]{0,12}?\\s*(?:" + DATE + ")?\\s*电"
                    + "|(" + OUTLETS + "|[\\p{IsHan}]{2,8}(?:社|网|台))(?:记者)?\\s*[\\p{IsHan}·]{0,12}?\\s*" + DATE + "\\s*(?:电|讯))"
                    + "\\s*(?:" + PAREN + ")?");
    private static final Pattern REPORTER_REPORTS = Pattern.compile(
            "^(?:本报|驻\\S{1,6})?(?:特约|实习|首席|融媒)?(?:记者|通讯员)[^。；，,\\n]{1,40}?报道\\s*[:：]");
    private static final Pattern BULLET = Pattern.compile("^[□■◆◇●○▲△]\\s*(\\S.*)$");
    private static final Pattern WRITER = Pattern.compile("^(?:文|图|文/图|文图|图/文|撰文|摄影|作者)\\s*[/／:：|丨]\\s*.{1,30}$");
    /** A personal name: 2–4 Han characters, or a transcribed name with a middle dot ({@code 叶丽娜·努坤}). */
    private static final String NAME = "(?:[\\p{IsHan}]{1,8}·[\\p{IsHan}·]{1,16}|[\\p{IsHan}]{2,4})";
    private static final String NAMES = NAME + "(?:\\s*[、\\s/]\\s*" + NAME + "){0,6}";
    private static final String ROLE = "(?:本报|驻[\\p{IsHan}]{1,6})?(?:特约|实习|首席|融媒|见习)?(?:记者|通讯员|评论员)";
    private static final Pattern REPORTER_LINE = Pattern.compile(
            "^" + ROLE + "\\s*" + NAMES + "(?:\\s*" + ROLE + "\\s*" + NAMES + ")*(?:\\s*报道)?$");
    private static final Pattern CREDIT_WORDS = Pattern.compile("记者|通讯员|评论员|特约|撰稿|作者|文/|图/|本报|摄影");

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^[□■◆●]?\\s*(?:"
                    + "(?:(?:本报|新华社|特约|实习|首席)?(?:摄影记者|记者|通讯员|摄影)\\s*)?[\\p{IsHan}·A-Za-z、/\\s]{1,24}?\\s*(?<!拍)(?:摄|摄影|供图|/图|／图)"
                    + "|(?:图片|照片|图)?由[^。，,]{1,24}提供"
                    + "|(?:图|摄影|图片|照片)\\s*[:：/／]\\s*[\\p{IsHan}·、\\s]{2,24})$");
    private static final Pattern INLINE_PHOTO_CREDIT = Pattern.compile("^(.*[。！？!?”」）)])\\s*([^。！？!?”」]{2,40})$");

    private static final Pattern TRAILING_CREDIT = Pattern.compile("[（(]([^（）()]{2,120})[）)]\\s*$");
    private static final Pattern CREDIT_CONTENT = Pattern.compile(
            "^(据|来源[:：]|稿件来源|转自|综合|本报综合|新华社|记者|本报记者|通讯员|特约|实习).*|.*(记者|通讯员|参与采写|供稿|采写|编译|整理|综合报道)[^。]*$");
    private static final Pattern OUTLET_REPORTER = Pattern.compile(
            "(" + OUTLETS + "|[\\p{IsHan}]{2,8}?(?:日报|晚报|都市报|商报|报|通讯社|新闻社))(?:驻[\\p{IsHan}]{1,6})?(?:特约)?(?:记者|评论员|通讯员)");

    private Bylines() {
    }

    /**
     * The byline or dateline opening a paragraph, with the text that follows it; {@code null} when the paragraph does
     * not open with one. The paragraph should be joined first ({@link LineJoiner#joinAll}), because bylines are
     * often broken over two lines ({@code 本报讯 记者刘茜、通讯员马蓉\n报道：11月20日…}).
     */
    public static Lead parseLead(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        String s = paragraph.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = BENBAO_DATELINE.matcher(s);
        if (m.find()) {
            return lead(s, m.end(), m.group(1).replace(" ", "").strip(), null);
        }
        m = BENBAO_XUN.matcher(s);
        if (m.find()) {
            return lead(s, m.end(), null, null);
        }
        m = AGENCY_DATELINE.matcher(s);
        if (m.find()) {
            String dateline = m.group(1).strip();
            return lead(s, m.end(), dateline, m.group(2) != null ? m.group(2) : m.group(3));
        }
        m = REPORTER_REPORTS.matcher(s);
        if (m.find()) {
            return lead(s, m.end(), null, null);
        }
        if (isBylineLine(s)) {
            return new Lead(s, null, sourceOf(s), "");
        }
        return null;
    }

    /**
     * Whether a single printed line opens an article: it starts with {@code 本报讯}, a dateline or
     * {@code 记者X报道：}, or it is a byline line ({@link #isBylineLine(String)}).
     */
    public static boolean opensArticle(String line) {
        if (line == null || line.isBlank()) {
            return false;
        }
        String s = line.strip();
        return s.startsWith("本报讯") || BENBAO_DATELINE.matcher(s).find() || AGENCY_DATELINE.matcher(s).find()
                || REPORTER_REPORTS.matcher(s).find() || isBylineLine(s);
    }

    private static Lead lead(String s, int end, String dateline, String agency) {
        String byline = s.substring(0, end).strip();
        String rest = s.substring(end).strip();
        String source = agency != null ? agency : sourceOf(byline);
        return new Lead(byline, dateline, source, rest);
    }

    /**
     * Whether a whole line is a byline with no body text: {@code □工人日报记者/徐新星 吴泽思}, {@code ◆ 昌平},
     * {@code □新疆日报评论员}, {@code 文/张三}, {@code 本报记者 张三 李四}. Photo credits are excluded.
     */
    public static boolean isBylineLine(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        if (s.isEmpty() || s.length() > 40 || isPhotoCredit(s) || hasSentenceMark(s)) {
            return false;
        }
        Matcher b = BULLET.matcher(s);
        if (b.matches()) {
            String rest = b.group(1).strip();
            // "◆ 昌平" (a name) or a credit; a longer phrase after a bullet is a subhead, not a byline
            return CREDIT_WORDS.matcher(rest).find() || rest.replace(" ", "").length() <= 8;
        }
        return WRITER.matcher(s).matches() || REPORTER_LINE.matcher(s).matches();
    }

    /** Whether a whole line (or short paragraph) is a photo credit: {@code □本报记者 陶维明摄}, {@code X供图}. */
    public static boolean isPhotoCredit(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 36 && !hasSentenceMark(s) && PHOTO_CREDIT.matcher(s).matches();
    }

    /**
     * A photo credit printed at the end of a caption paragraph ({@code 图为…情况。 本报记者 孙学良 摄}): returns
     * {@code [caption, credit]}, or {@code null} when the paragraph does not end with one.
     */
    public static String[] splitInlinePhotoCredit(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        Matcher m = INLINE_PHOTO_CREDIT.matcher(paragraph.strip());
        if (m.matches() && isPhotoCredit(m.group(2))) {
            return new String[] {m.group(1).strip(), m.group(2).strip()};
        }
        return null;
    }

    /**
     * A credit in brackets closing a paragraph or standing alone: {@code （据6月25日《新疆日报》）},
     * {@code (据石榴云/新疆日报)}, {@code （记者张云梅，参与记者…）}, {@code (人民日报记者…参与采写)}. Returns
     * {@code [text before, credit with brackets]} or {@code null}.
     */
    public static String[] splitTrailingCredit(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        String s = paragraph.strip();
        Matcher m = TRAILING_CREDIT.matcher(s);
        if (!m.find()) {
            return null;
        }
        String inner = m.group(1).strip();
        if (!CREDIT_CONTENT.matcher(inner).matches() || inner.contains("。") || inner.contains("以下简称")) {
            return null;
        }
        String before = s.substring(0, m.start()).strip();
        if (!before.isEmpty() && !LineJoiner.endsSentence(before)) {
            return null; // a bracket inside a running sentence
        }
        return new String[] {before, s.substring(m.start()).strip()};
    }

    /** Whether the whole line is a bracketed trailing credit (see {@link #splitTrailingCredit(String)}). */
    public static boolean isTrailingCreditLine(String line) {
        String[] split = splitTrailingCredit(line);
        return split != null && split[0].isEmpty();
    }

    /**
     * The outlet a credit names as the origin of the text, or {@code null} for the paper's own staff:
     * {@code （据6月25日《新疆日报》）} → 新疆日报, {@code □石榴云/新疆日报记者} → 新疆日报, {@code □工人日报记者/徐新星} → 工人日报,
     * {@code (人民日报记者…参与采写)} → 人民日报, {@code 本报讯(记者 X)} → null.
     */
    public static String sourceOf(String credit) {
        if (credit == null || credit.isBlank()) {
            return null;
        }
        String s = credit.strip().replaceAll("^[□■◆◇●○▲△]\\s*", "");
        s = s.replaceAll("^[（(]|[）)]$", "").strip();
        if (s.startsWith("据") || s.startsWith("来源") || s.startsWith("稿件来源") || s.startsWith("转自")) {
            String inner = s.replaceFirst("^(据|来源[:：]?|稿件来源[:：]?|转自)", "");
            inner = inner.replaceAll("\\d{4}\\s*年|\\d{1,2}\\s*月|\\d{1,2}\\s*日|[《》〈〉“”\"]", "");
            inner = inner.replaceAll("(电|报道|消息)$", "").strip();
            String best = null;
            for (String part : inner.split("[/／、，,]")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (best == null || p.matches(".*(报|社|网|台)$")) {
                    best = p;
                }
            }
            return best == null || best.isEmpty() ? null : best;
        }
        if (s.startsWith("本报")) {
            return null;
        }
        Matcher m = OUTLET_REPORTER.matcher(s);
        while (m.find()) {
            String outlet = m.group(1);
            if (!outlet.startsWith("本报") && !outlet.endsWith("本报")) {
                return outlet;
            }
        }
        return null;
    }

    private static boolean hasSentenceMark(String s) {
        return s.indexOf('。') >= 0 || s.indexOf('，') >= 0 || s.indexOf('！') >= 0 || s.indexOf('？') >= 0
                || s.indexOf('；') >= 0;
    }
}

package org.regionaltimeline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout rules for headline lines: what can be a headline line at all, column labels, lead-in and deck lines
 * (引题/副题), joining a title broken over two lines, and choosing the main title of a headline block.
 */
public final class Headlines {

    /** Not a headline line. */
    public static final int NONE = 0;
    /** Headline-like but with a comma inside: a headline only next to other headline lines. */
    public static final int WEAK = 1;
    /** Short line without sentence punctuation. */
    public static final int STRONG = 2;

    /** Longest headline line, in characters without spaces. */
    static final int MAX_LENGTH = 56;

    private static final String NOT_AT_END = "。；;：:，,、";
    private static final Pattern CONTACT = Pattern.compile(
            "(\\d{3,4}[-－]\\d{7,8}|1[3-9]\\d{9}|@[A-Za-z0-9-]+\\.|https?://|www\\.)");
    private static final Pattern LEAD_IN_FRAME = Pattern.compile("(前夕|之际|以来|期间|之年|时刻)$");
    private static final Pattern COLUMN_LABEL = Pattern.compile(
            "^[\\p{IsHan}·]{0,6}(评点|点评|短评|时评|快评|评论|社论|述评|锐评|微评|漫评|言论|连线|观察|聚焦|视点|速递|快讯|简讯|"
                    + "纵横|走笔|随笔|论坛|声音|民生|专栏|专题|特稿|关注|视线|看台|一线|新闻眼|身边事|故事)$");
    private static final Pattern COMMENTARY_LABEL = Pattern.compile(
            "(评点|点评|短评|时评|快评|评论|社论|述评|锐评|微评|漫评|言论|评论员文章)$");
    private static final Pattern BANNER = Pattern.compile(
            "^(学习贯彻|深入学习|认真学习|贯彻落实|学习宣传|喜迎|奋进|礼赞|聚焦|牢记嘱托|在[\\p{IsHan}]{2,24}指引下)|精神$|.+——.+");
    private static final Pattern EVENT_HEADLINE = Pattern.compile(
            "(召开|举行|举办)|(发布|开幕|闭幕|启动|开工|开建|投产|竣工|成立|揭牌|签约|签署|发行|出版|印发|通过|落幕|开通|通车|建成|"
                    + "合龙|获批|上线|调研|座谈|会见|颁奖|当选|开班|开赛|开营|签订|落户|亮相|出台|表彰|揭晓|启用|投用|投入使用|开业|开园|挂牌|"
                    + "授牌|命名|贯通|竣工验收|开幕式)(会议|仪式|活动|大会)?[”」』]?$");
    private static final Pattern JOIN_END = Pattern.compile(
            "([的地之和与及或并在于对向从把将被让为以跟同]|\\d+(\\.\\d+)?[\\p{IsHan}]{0,2})$");
    private static final Pattern FRAME = Pattern.compile("^(在|于|从|当|随着|面对|围绕|聚焦|立足|对标)[\\p{IsHan}]{1,12}(中|下|上|里|时|后|前|间)$");

    private Headlines() {
    }

    /**
     * Whether one line can be a headline line by its own shape: {@link #STRONG} for a line of 2–56 characters that
     * does not end with {@code 。；：，、} and has no sentence inside; {@link #WEAK} for such a line with a comma;
     * {@link #NONE} otherwise (also for bylines, photo credits, continuation markers and bracketed credits).
     */
    public static int candidate(String line) {
        if (line == null) {
            return NONE;
        }
        String s = PageText.stripMarkdown(line);
        int n = s.replace(" ", "").length();
        if (n < 2 || n > MAX_LENGTH) {
            return NONE;
        }
        char last = s.charAt(s.length() - 1);
        if (NOT_AT_END.indexOf(last) >= 0 || s.indexOf('。') >= 0) {
            return NONE;
        }
        boolean comma = s.indexOf('，') >= 0 || s.indexOf(',') >= 0 || s.indexOf('；') >= 0 || s.indexOf(';') >= 0;
        if ((last == '！' || last == '？' || last == '!' || last == '?') && comma) {
            return NONE;
        }
        char first = s.charAt(0);
        if ((first == '（' || first == '(') && (last == '）' || last == ')')) {
            return NONE;
        }
        if (first == '“' && last == '”' && comma) {
            return NONE; // a quotation standing alone
        }
        if (CONTACT.matcher(s).find()) {
            return NONE;
        }
        if (Bylines.isPhotoCredit(s) || Bylines.isBylineLine(s) || Bylines.parseLead(s) != null
                || PageFurniture.isContinuationLine(s) || PageFurniture.isPageReference(s)) {
            return NONE;
        }
        return comma ? WEAK : STRONG;
    }

    /**
     * Whether a line ends where no phrase can end (a structural particle, preposition or conjunction:
     * {@code 的 和 与 及 或 并 把 被 将 从 向 对 于 在 之 为}): such a line is either the first half of a title
     * printed over two lines or a body line broken mid-sentence, never a headline block by itself.
     */
    public static boolean endsDangling(String line) {
        String s = PageText.stripMarkdown(line);
        return !s.isEmpty() && DANGLING.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static final String DANGLING = "的和与及或并把被将从向对于在之为";

    /** A column label such as {@code 今日评点}, {@code 民生连线}: short, ends with a column word. */
    public static boolean isColumnLabel(String line) {
        String s = PageText.stripMarkdown(line).replace(" ", "");
        return s.length() <= 8 && COLUMN_LABEL.matcher(s).matches();
    }

    /** Whether a column label or headline line marks a commentary column ({@code 今日评点}, {@code 短评}, {@code 时评}). */
    public static boolean isCommentaryLabel(String line) {
        String s = PageText.stripMarkdown(line).replace(" ", "");
        return s.length() <= 10 && COMMENTARY_LABEL.matcher(s).find();
    }

    /**
     * A lead-in line (引题) that announces the next line: ends with {@code ——}, {@code ……} or {@code ：}, or is a time
     * frame ({@code 三八妇女节前夕}, {@code …之际}, {@code …以来}).
     */
    public static boolean isLeadIn(String line) {
        String s = PageText.stripMarkdown(line);
        return s.endsWith("——") || s.endsWith("—") || s.endsWith("……") || s.endsWith("…") || s.endsWith("：")
                || s.endsWith(":") || s.length() <= 16 && LEAD_IN_FRAME.matcher(s).find();
    }

    /**
     * A short line ending with a colon that opens a two-line headline ({@code 察布查尔县：} + {@code 特色农产品走俏市场}):
     * at most 20 characters and no sentence punctuation. It is a headline line only when another headline line follows
     * it in the same block.
     */
    public static boolean isColonLead(String line) {
        String s = PageText.stripMarkdown(line);
        if (s.length() < 2 || s.length() > 20 || !(s.endsWith("：") || s.endsWith(":"))) {
            return false;
        }
        String head = s.substring(0, s.length() - 1);
        return head.indexOf('。') < 0 && head.indexOf('，') < 0 && head.indexOf(',') < 0 && head.indexOf('：') < 0
                && !CONTACT.matcher(s).find();
    }

    /**
     * Whether two lines of one printed block are one title wrapped by a narrow column ({@code 莎车县巴旦木} +
     * {@code 种植面积达百万亩}): the first line has at most 10 characters and the pair passes the same
     * lead-in/deck/label/space checks as {@link #shouldJoin(String, String)}.
     */
    public static boolean shouldJoinWrapped(String first, String second) {
        String a = PageText.stripMarkdown(first);
        String b = PageText.stripMarkdown(second);
        return !a.isEmpty() && !b.isEmpty() && a.length() <= 10 && !isLeadIn(a) && !isDeck(b) && !isDeck(a)
                && !isLeadIn(b) && !isColumnLabel(a) && !isColumnLabel(b) && !a.contains(" ") && !b.contains(" ")
                && a.length() + b.length() <= 40;
    }

    /** A deck line (副题) that follows its title: starts with a dash ({@code ——论…}). */
    public static boolean isDeck(String line) {
        String s = PageText.stripMarkdown(line);
        return s.startsWith("—") || s.startsWith("--");
    }

    /**
     * Whether two consecutive headline lines are one title printed over two lines ({@code 在激烈国际竞争中} +
     * {@code 赢得战略主动}; {@code 我国最大沙漠实现3046公里} + {@code 生态屏障全面锁边“合龙”}): neither is a lead-in,
     * deck or column label, neither has an inner space, together at most 40 characters, and the first ends where a
     * phrase cannot end (a particle, preposition or conjunction, a number with its unit, an open quote or bracket)
     * or is a bare frame such as {@code 在…中}.
     */
    public static boolean shouldJoin(String first, String second) {
        String a = PageText.stripMarkdown(first);
        String b = PageText.stripMarkdown(second);
        if (a.isEmpty() || b.isEmpty() || isLeadIn(a) || isDeck(b) || isDeck(a) || isLeadIn(b)
                || isColumnLabel(a) || isColumnLabel(b) || a.contains(" ") || b.contains(" ")
                || a.length() + b.length() > 40) {
            return false;
        }
        if (unbalanced(a)) {
            return true;
        }
        return JOIN_END.matcher(a).find() || FRAME.matcher(a).matches();
    }

    private static boolean unbalanced(String s) {
        return count(s, '“') > count(s, '”') || count(s, '《') > count(s, '》') || count(s, '（') > count(s, '）')
                || count(s, '(') > count(s, ')');
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Index of the main title among headline lines (page order). With markdown levels the largest print (fewest
     * {@code #}) wins. Otherwise lead-ins, decks and column labels are skipped and each remaining line is scored: +2
     * for a news verb ({@code 召开/举行}, or ending in {@code 发布/开建/签约…}), +1 for a quoted catch phrase, −1 for an inner
     * space (two parallel phrases are usually a 引题/副题), −1 for an enumeration comma, −2 for a banner
     * ({@code 学习贯彻…精神}, {@code …——…}). The first best line wins. Returns -1 when no line qualifies.
     *
     * @param lines    headline texts without markdown markers
     * @param mdLevels markdown levels (0 = none), same size as {@code lines}
     */
    public static int chooseTitle(List<String> lines, List<Integer> mdLevels) {
        int best = -1;
        int bestLevel = Integer.MAX_VALUE;
        int bestScore = Integer.MIN_VALUE;
        boolean anyMd = mdLevels.stream().anyMatch(l -> l > 0);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (isColumnLabel(s)) {
                continue;
            }
            int level = mdLevels.get(i);
            if (anyMd) {
                if (level == 0) {
                    continue;
                }
                if (level < bestLevel || (level == bestLevel && score(s) > bestScore)) {
                    best = i;
                    bestLevel = level;
                    bestScore = score(s);
                }
                continue;
            }
            if (isLeadIn(s) || isDeck(s)) {
                continue;
            }
            int sc = score(s);
            if (sc > bestScore) {
                best = i;
                bestScore = sc;
            }
        }
        if (best < 0) {
            // only lead-ins, decks or labels: take the first non-label line
            for (int i = 0; i < lines.size(); i++) {
                if (!isColumnLabel(lines.get(i))) {
                    return i;
                }
            }
        }
        return best;
    }

    static int score(String s) {
        int score = 0;
        if (EVENT_HEADLINE.matcher(s).find()) {
            score += 2;
        }
        if (s.indexOf('“') >= 0 || s.indexOf('「') >= 0) {
            score += 1;
        }
        if (s.strip().contains(" ")) {
            score -= 1;
        }
        if (s.indexOf('、') >= 0) {
            score -= 1;
        }
        if (BANNER.matcher(s).find()) {
            score -= 2;
        }
        return score;
    }
}

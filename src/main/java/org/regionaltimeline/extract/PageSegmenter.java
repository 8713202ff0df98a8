package org.regionaltimeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the text of one newspaper page into articles ({@link PageArticle}), in page order.
 *
 * <h2>How</h2>
 * <ol>
 *   <li><b>Blocks.</b> The page is normalized ({@link PageText}); furniture lines are dropped ({@link PageFurniture});
 *       the rest is grouped into blocks of consecutive non-blank lines. Every markdown heading, byline line, photo
 *       credit and marker is a block of its own, and a line opening an article ({@code 本报讯…}) starts a block, taking
 *       the headline-shaped lines right above it along as a block. In a wide layout (paragraphs printed as one long line
 *       each) every line is a block, except that consecutive headline lines stay together, so text without blank lines
 *       segments too.</li>
 *   <li><b>Block types.</b> HEAD (every line headline-shaped, see {@link Headlines#candidate}), BYLINE (opens with
 *       {@code 本报讯}, a dateline, {@code □记者…}), CREDIT (photo credit), CONT ({@code （上接第一版）}), TRAIL
 *       ({@code （据…《新疆日报》）}), PAGEREF ({@code ▲03版▼}), BODY. Context then demotes HEAD blocks that continue an
 *       unfinished sentence, that run on into the next paragraph mid-word (the bigram across the break is frequent on
 *       the page), or that are comma lines with no real headline next to them.</li>
 *   <li><b>Captions.</b> A photo credit takes the short paragraphs before it (back to a headline, a region break
 *       of 2+ blank lines or the page start, at most 3 paragraphs) as a caption; a paragraph ending with an inline
 *       credit ({@code …情况。 本报记者 X 摄}) is a caption by itself. Captions under 30 characters that name no date
 *       ({@code 图为产业园效果图。}) are dropped.</li>
 *   <li><b>Articles.</b> A byline or dateline always opens an article. A run of headline blocks opens one when it is
 *       followed by a byline, an {@code 上接} marker or a caption, or by body text when the page starts there, the
 *       previous article visibly ended (trailing credit, {@code 下转} marker), a region break precedes the run, the
 *       run is markdown (unless it is one heading deeper than the running article's title), its one line is followed
 *       by a dated lead ({@code 5月29日，…}), or it holds a notice headline ({@code …招聘公告}). Any other run inside a
 *       running article is an intra-article subhead and stays in the body as its own paragraph.</li>
 *   <li><b>Pairing headlines with bodies.</b> Pages sometimes print headline blocks away from their bodies. Every
 *       headline run is split into units (blocks; a lead-in ending with {@code ——} binds to the next unit, a deck
 *       starting with {@code ——} to the previous; a block holding two marked title groups is split). The units at the
 *       end of a run go to the article that follows the
 *       run when their bigram overlap with its body plus an adjacency bonus beats every other article (articles with no
 *       headline of their own get a bonus; earlier units also need 10% overlap, column labels excepted). Left-over units then go, best overlap first, to articles still without a
 *       headline (or to the one already holding units of the same run) when at least 40% of their bigrams occur in
 *       its body; the rest (banner slogans, teasers for other pages) are dropped.</li>
 *   <li><b>Fields.</b> The title is chosen by {@link Headlines#chooseTitle}; a title printed over two lines is joined
 *       ({@link Headlines#shouldJoin}, {@link Headlines#shouldJoinWrapped}); body lines are rejoined by
 *       {@link LineJoiner}; continuation markers and bracketed credits closing a paragraph are moved to
 *       {@code continuation}, {@code byline} and {@code source}.</li>
 * </ol>
 * Pure Java, stateless and thread-safe; a page takes a few milliseconds.
 */
public final class PageSegmenter {

    /** Minimum bigram coverage for a headline unit to join a body it is not printed next to. */
    static final double DETACHED_MIN = 0.40;
    /** Bonus for the unit printed right before the body (the last unit of the run) and for earlier units of the run. */
    static final double ADJACENT_TAIL = 0.35;
    static final double ADJACENT_OTHER = 0.25;
    /** Minimum bigram coverage for an earlier (non-last) unit of a run to join the body below the run. */
    static final double ADJACENT_MIN = 0.10;
    /** Bonus for a body that has no headline yet. */
    static final double HEADLESS = 0.20;
    /** Captions shorter than this (without credit) and without a date are dropped: they label a picture only. */
    static final int MIN_CAPTION = 30;
    /** A block of more lines than this is never a headline block. */
    static final int MAX_HEAD_LINES = 6;
    /** Characters of body text used to score headline overlap. */
    static final int AFFINITY_WINDOW = 1200;

    private static final Pattern DATED_LEAD = Pattern.compile(
            "^(\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|近日|日前|\\d{1,2}\\s*日(上午|下午|晚|)[，,])");
    private static final Pattern DATED_CAPTION = Pattern.compile(
            "\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}\\s*年|近日|日前|昨天|今天|当天|上午|下午");
    private static final Pattern NOTICE_TITLE = Pattern.compile(
            "(公告|通告|公示|启事|声明|告知书|通知|招聘简章|招聘公告|招聘启事|招聘信息|征集令|征稿)$");
    private static final Pattern NEWS_ABOUT_NOTICE = Pattern.compile("(印发|发布|下发|出台|转发)");
    private static final Pattern COMMENTARY_BYLINE = Pattern.compile("评论员|社论|时评|短评|评论");

    private PageSegmenter() {
    }

    /** Articles of the page in page order (by where each body starts). Never {@code null}. */
    public static List<PageArticle> segment(String pageText) {
        return new Pass(pageText).run();
    }

    // ------------------------------------------------------------------------------------------------------------

    enum Type { HEAD, BODY, BYLINE, CREDIT, CAPTION, CONT, TRAIL, PAGEREF, DROP }

    static final class Block {
        final List<String> lines = new ArrayList<>();
        final int blanksBefore;
        final int index;
        int md;
        int strength;
        Type type;
        Caption caption;

        Block(int index, int blanksBefore) {
            this.index = index;
            this.blanksBefore = blanksBefore;
        }

        String first() {
            return lines.get(0);
        }

        String last() {
            return lines.get(lines.size() - 1);
        }

        String joined() {
            return LineJoiner.joinAll(lines);
        }

        int length() {
            int n = 0;
            for (String l : lines) {
                n += l.length();
            }
            return n;
        }
    }

    static final class Caption {
        final List<Block> blocks = new ArrayList<>();
        String text;
        String credit;
        Art art;
    }

    static final class Unit {
        final List<String> lines = new ArrayList<>();
        final List<Integer> levels = new ArrayList<>();
        final List<Integer> blockIds = new ArrayList<>();
        final Run run;
        final int position;
        Set<String> grams;
        Art assigned;

        Unit(Run run, int position) {
            this.run = run;
            this.position = position;
        }
    }

    static final class Run {
        final List<Block> blocks = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        Art next;
        boolean teaser;
        boolean subhead;

        boolean hasMarkdown() {
            return blocks.stream().anyMatch(b -> b.md > 0);
        }

        int lineCount() {
            return blocks.stream().mapToInt(b -> b.lines.size()).sum();
        }
    }

    static final class Piece {
        final List<String> lines;
        final boolean heading;

        Piece(List<String> lines, boolean heading) {
            this.lines = lines;
            this.heading = heading;
        }
    }

    static final class Art {
        final int position;
        final boolean caption;
        Run run;
        final List<Unit> units = new ArrayList<>();
        final List<Piece> pieces = new ArrayList<>();
        final List<String> continuations = new ArrayList<>();
        final List<String> trailCredits = new ArrayList<>();
        String byline;
        String dateline;
        String source;
        Caption cap;
        Set<String> grams;

        Art(int position, boolean caption) {
            this.position = position;
            this.caption = caption;
        }

        int minMarkdown() {
            int min = Integer.MAX_VALUE;
            for (Unit u : units) {
                for (int l : u.levels) {
                    if (l > 0) {
                        min = Math.min(min, l);
                    }
                }
            }
            if (run != null) {
                for (Block b : run.blocks) {
                    if (b.md > 0) {
                        min = Math.min(min, b.md);
                    }
                }
            }
            return min;
        }

        Set<String> grams() {
            if (grams == null) {
                StringBuilder sb = new StringBuilder();
                if (cap != null) {
                    sb.append(cap.text);
                }
                outer:
                for (Piece p : pieces) {
                    for (String l : p.lines) {
                        sb.append(l).append('\n');
                        if (sb.length() > AFFINITY_WINDOW) {
                            break outer;
                        }
                    }
                }
                grams = TextAffinity.bigrams(sb.length() > AFFINITY_WINDOW ? sb.substring(0, AFFINITY_WINDOW) : sb.toString());
            }
            return grams;
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    static final class Pass {
        final List<Block> blocks = new ArrayList<>();
        final List<Run> runs = new ArrayList<>();
        final List<Art> arts = new ArrayList<>();
        /** The page lines joined by line breaks, so that no bigram spans two lines. */
        final String pageLines;
        /** Bigram counts of the page, built on first use. */
        Map<String, Integer> pageBigrams;
        /** Per block: whether the headline blocks from here on are followed by a byline or 上接 marker. */
        boolean[] headsArticle;

        Pass(String pageText) {
            List<String> lines = PageText.lines(pageText);
            pageLines = String.join("\n", lines);
            buildBlocks(lines);
        }

        List<PageArticle> run() {
            classify();
            demoteHeads();
            findCaptions();
            sequence();
            assignHeadlines();
            List<PageArticle> out = new ArrayList<>();
            arts.sort(Comparator.comparingInt(a -> a.position));
            for (Art a : arts) {
                PageArticle pa = build(a);
                if (pa != null) {
                    out.add(pa);
                }
            }
            return out;
        }

        // ---- 1. blocks -----------------------------------------------------------------------------------------

        void buildBlocks(List<String> lines) {
            boolean wide = isWideLayout(lines);
            int blanks = 0;
            Block cur = null;
            boolean prevHeady = false;
            for (String line : lines) {
                if (line.isEmpty()) {
                    blanks++;
                    cur = null;
                    continue;
                }
                if (PageFurniture.isFurniture(line)) {
                    cur = null; // separates blocks, but is not a region break
                    continue;
                }
                int md = PageText.markdownLevel(line);
                boolean alone = md > 0 || PageFurniture.isContinuationLine(line) || PageFurniture.isPageReference(line)
                        || Bylines.isPhotoCredit(line) || Bylines.isTrailingCreditLine(line) || Bylines.isBylineLine(line);
                boolean opens = md == 0 && Bylines.opensArticle(line);
                boolean heady = wide && md == 0
                        && (Headlines.candidate(line) > Headlines.NONE || Headlines.isColonLead(line));
                if (wide && cur != null && !(prevHeady && heady)) {
                    cur = null; // wide layout: one line, one paragraph; only headline lines stay together
                }
                if (cur != null && (alone || opens)) {
                    // text printed without blank lines: a byline or credit line still starts a block, and the
                    // headline lines right above a byline go to a block of their own
                    if (opens) {
                        splitHeadlineTail(cur);
                    }
                    cur = null;
                }
                if (cur == null) {
                    cur = new Block(blocks.size(), blanks);
                    blocks.add(cur);
                    blanks = 0;
                }
                cur.md = Math.max(cur.md, md);
                cur.lines.add(PageText.stripMarkdown(line));
                prevHeady = heady && !alone;
                if (alone) {
                    cur = null;
                }
            }
        }

        /**
         * Wide layout: paragraphs are printed as one long line each (at least half of the characters stand in lines
         * of {@value #WIDE_LINE}+ characters), so every line is a block of its own even when the text has no blank
         * lines. Narrow-column text (lines of 12–25 characters) keeps blank-line blocks.
         */
        static boolean isWideLayout(List<String> lines) {
            long total = 0;
            long wide = 0;
            for (String l : lines) {
                total += l.length();
                if (l.length() >= WIDE_LINE) {
                    wide += l.length();
                }
            }
            return total > 0 && wide * 2 >= total;
        }

        static final int WIDE_LINE = 32;

        /** Moves the headline-shaped last lines of a block (after a finished sentence) to a block of their own. */
        void splitHeadlineTail(Block cur) {
            int k = cur.lines.size();
            while (k > 0 && cur.lines.size() - k < 3 && Headlines.candidate(cur.lines.get(k - 1)) > Headlines.NONE) {
                k--;
            }
            if (k == cur.lines.size() || k == 0 || !LineJoiner.endsSentence(cur.lines.get(k - 1))) {
                return;
            }
            Block head = new Block(blocks.size(), 0);
            List<String> tail = cur.lines.subList(k, cur.lines.size());
            head.lines.addAll(tail);
            tail.clear();
            blocks.add(head);
        }

        // ---- 2. block types ------------------------------------------------------------------------------------

        void classify() {
            for (Block b : blocks) {
                b.type = classify(b);
            }
        }

        Type classify(Block b) {
            if (b.md > 0) {
                if (Bylines.isBylineLine(b.first()) || Bylines.parseLead(b.first()) != null) {
                    b.md = 0;
                    return Type.BYLINE;
                }
                b.strength = Headlines.STRONG;
                return Type.HEAD;
            }
            String joined = b.joined();
            if (b.lines.size() == 1 && PageFurniture.isContinuationLine(b.first())) {
                return Type.CONT;
            }
            if (b.lines.size() == 1 && PageFurniture.isPageReference(b.first())) {
                return Type.PAGEREF;
            }
            if (b.lines.size() <= 2 && Bylines.isPhotoCredit(joined)) {
                return Type.CREDIT;
            }
            if (Bylines.isTrailingCreditLine(joined)) {
                return Type.TRAIL;
            }
            if (Bylines.parseLead(joined) != null) {
                return Type.BYLINE;
            }
            if (b.lines.size() <= MAX_HEAD_LINES) {
                int strength = Headlines.endsDangling(b.last()) ? Headlines.NONE : Headlines.STRONG;
                for (int k = 0; k < b.lines.size(); k++) {
                    String l = b.lines.get(k);
                    boolean colonLead = k + 1 < b.lines.size() && Headlines.isColonLead(l)
                            && !LineJoiner.startsListItem(b.lines.get(k + 1));
                    strength = Math.min(strength, colonLead ? Headlines.STRONG : Headlines.candidate(l));
                }
                if (strength > Headlines.NONE) {
                    b.strength = strength;
                    return Type.HEAD;
                }
            }
            return Type.BODY;
        }

        /** Context rules that turn headline-shaped blocks back into body text. */
        void demoteHeads() {
            Block prev = null;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.type == Type.DROP || b.type == Type.PAGEREF) {
                    continue;
                }
                if (b.type == Type.HEAD && b.md == 0) {
                    Block next = nextContent(i);
                    if (prev != null && (prev.type == Type.BODY || prev.type == Type.BYLINE && hasLeadRest(prev))
                            && !LineJoiner.endsSentence(prev.last()) && !headsAnArticle(i)) {
                        b.type = Type.BODY; // continues an unfinished sentence
                    } else if (next != null && next.type == Type.BODY && straddles(b.last(), next.first())) {
                        b.type = Type.BODY; // a word runs on into the next paragraph
                    }
                }
                prev = b;
            }
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.type == Type.HEAD && b.md == 0 && b.strength == Headlines.WEAK) {
                    Block p = prevContent(i);
                    Block n = nextContent(i);
                    boolean supported = (p != null && p.type == Type.HEAD && (p.md > 0 || p.strength == Headlines.STRONG))
                            || (n != null && n.type == Type.HEAD && (n.md > 0 || n.strength == Headlines.STRONG))
                            || (n != null && n.type == Type.BYLINE);
                    if (!supported) {
                        b.type = Type.BODY;
                    }
                }
            }
        }

        /** Whether the headline blocks starting at {@code i} are followed by a byline or an 上接 marker. */
        boolean headsAnArticle(int i) {
            if (headsArticle == null) {
                headsArticle = new boolean[blocks.size() + 1];
                for (int j = blocks.size() - 1; j >= 0; j--) {
                    Block b = blocks.get(j);
                    headsArticle[j] = b.type == Type.HEAD || b.type == Type.DROP ? headsArticle[j + 1]
                            : b.type == Type.BYLINE || b.type == Type.CONT
                                    && PageFurniture.isContinuedFrom(PageFurniture.continuationMarker(b.first()));
                }
            }
            return headsArticle[i];
        }

        boolean hasLeadRest(Block b) {
            Bylines.Lead lead = Bylines.parseLead(b.joined());
            return lead != null && !lead.rest().isEmpty();
        }

        /** Whether the last character of a line and the first of the next form a bigram common on this page. */
        boolean straddles(String line, String next) {
            if (line.isEmpty() || next.isEmpty()) {
                return false;
            }
            char a = line.charAt(line.length() - 1);
            char b = next.charAt(0);
            if (!Character.isLetterOrDigit(a) || !Character.isLetterOrDigit(b)) {
                return false;
            }
            if (Character.isDigit(a) && Character.isDigit(b)) {
                return true;
            }
            if (pageBigrams == null) {
                pageBigrams = TextAffinity.bigramCounts(List.of(pageLines.split("\n")));
            }
            return pageBigrams.getOrDefault("" + a + b, 0) >= 2;
        }

        Block nextContent(int i) {
            for (int j = i + 1; j < blocks.size(); j++) {
                if (blocks.get(j).type != Type.DROP) {
                    return blocks.get(j);
                }
            }
            return null;
        }

        Block prevContent(int i) {
            for (int j = i - 1; j >= 0; j--) {
                if (blocks.get(j).type != Type.DROP) {
                    return blocks.get(j);
                }
            }
            return null;
        }

        // ---- 3. captions ---------------------------------------------------------------------------------------

        void findCaptions() {
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (b.type == Type.CREDIT) {
                    List<Block> inc = new ArrayList<>();
                    int chars = 0;
                    boolean boundary = false;
                    int j = k - 1;
                    while (true) {
                        if (j < 0) {
                            boundary = true;
                            break;
                        }
                        Block p = blocks.get(j);
                        if (p.type == Type.DROP) {
                            j--;
                            continue;
                        }
                        if (p.type != Type.BODY) {
                            boundary = p.type == Type.HEAD || p.type == Type.CREDIT || p.type == Type.CAPTION
                                    || p.type == Type.TRAIL || p.type == Type.CONT || p.type == Type.PAGEREF;
                            break;
                        }
                        if (inc.size() >= 3 || chars + p.length() > 400) {
                            break;
                        }
                        inc.add(0, p);
                        chars += p.length();
                        if (p.blanksBefore >= 2) {
                            boundary = true;
                            break;
                        }
                        j--;
                    }
                    if (!boundary && !inc.isEmpty()) {
                        Block lastBlock = inc.get(inc.size() - 1);
                        inc.clear();
                        if (lastBlock.length() <= 150) {
                            inc.add(lastBlock);
                        }
                    }
                    Caption c = new Caption();
                    c.credit = b.joined();
                    List<String> lines = new ArrayList<>();
                    for (Block p : inc) {
                        lines.addAll(p.lines);
                        lines.add("");
                    }
                    c.text = String.join("\n", LineJoiner.paragraphs(lines));
                    c.blocks.addAll(inc);
                    c.blocks.add(b);
                    markCaption(c);
                } else if (b.type == Type.BODY) {
                    String[] split = Bylines.splitInlinePhotoCredit(b.joined());
                    if (split != null) {
                        Caption c = new Caption();
                        c.credit = split[1];
                        c.text = split[0];
                        c.blocks.add(b);
                        markCaption(c);
                    }
                }
            }
        }

        void markCaption(Caption c) {
            boolean keep = c.text.replace(" ", "").length() >= MIN_CAPTION || DATED_CAPTION.matcher(c.text).find();
            for (Block p : c.blocks) {
                p.type = keep ? Type.CAPTION : Type.DROP;
                p.caption = keep ? c : null;
            }
        }

        // ---- 4. articles ---------------------------------------------------------------------------------------

        void sequence() {
            Art cur = null;
            Art opened = null;
            boolean ended = true;
            int n = blocks.size();
            int i = 0;
            while (i < n) {
                Block b = blocks.get(i);
                switch (b.type) {
                    case DROP, CREDIT, PAGEREF -> i++;
                    case HEAD -> {
                        Run run = new Run();
                        int j = i;
                        while (j < n && (blocks.get(j).type == Type.HEAD || blocks.get(j).type == Type.DROP)) {
                            if (blocks.get(j).type == Type.HEAD) {
                                run.blocks.add(blocks.get(j));
                            }
                            j++;
                        }
                        runs.add(run);
                        Block f = j < n ? blocks.get(j) : null;
                        boolean regionBreak = run.blocks.get(0).blanksBefore >= 2;
                        i = j;
                        if (f == null) {
                            break;
                        }
                        switch (f.type) {
                            case PAGEREF -> {
                                run.teaser = true;
                                i = j + 1;
                            }
                            case BYLINE -> opened = open(run, j);
                            case CAPTION -> {
                                Caption c = f.caption;
                                c.art = new Art(j, true);
                                c.art.cap = c;
                                c.art.run = run;
                                run.next = c.art;
                                arts.add(c.art);
                            }
                            case CONT -> {
                                String marker = PageFurniture.continuationMarker(f.first());
                                if (PageFurniture.isContinuedFrom(marker)) {
                                    opened = open(run, j);
                                }
                            }
                            case BODY -> {
                                boolean start;
                                if (cur == null || ended || regionBreak) {
                                    start = true;
                                } else if (run.hasMarkdown()) {
                                    int curMd = cur.minMarkdown();
                                    start = !(run.blocks.size() == 1 && curMd != Integer.MAX_VALUE
                                            && run.blocks.get(0).md > curMd);
                                } else {
                                    start = run.lineCount() == 1 && DATED_LEAD.matcher(f.first()).find()
                                            || run.blocks.stream().anyMatch(h -> h.lines.stream().anyMatch(
                                                    l -> NOTICE_TITLE.matcher(l).find()
                                                            && !NEWS_ABOUT_NOTICE.matcher(l).find()));
                                }
                                if (start) {
                                    opened = open(run, j);
                                } else {
                                    run.subhead = true;
                                    runs.remove(run);
                                    for (Block h : run.blocks) {
                                        cur.pieces.add(new Piece(h.lines, true));
                                    }
                                }
                            }
                            default -> {
                                // TRAIL or CREDIT after a headline run: the run is left for pairing
                            }
                        }
                    }
                    case BYLINE -> {
                        Art a;
                        if (opened != null) {
                            a = opened;
                            opened = null;
                        } else if (cur != null && cur.position == i - 1 && cur.pieces.isEmpty() && cur.byline != null) {
                            a = cur; // a second byline line right after the first
                        } else {
                            a = new Art(i, false);
                            arts.add(a);
                        }
                        cur = a;
                        ended = false;
                        addLead(a, b);
                        i++;
                    }
                    case BODY -> {
                        if (opened != null) {
                            cur = opened;
                            opened = null;
                        } else if (cur == null) {
                            cur = new Art(i, false);
                            arts.add(cur);
                        }
                        cur.pieces.add(new Piece(b.lines, false));
                        ended = endsArticle(b.last());
                        i++;
                    }
                    case CAPTION -> {
                        Caption c = b.caption;
                        if (c.art == null) {
                            c.art = new Art(i, true);
                            c.art.cap = c;
                            arts.add(c.art);
                        }
                        i++;
                    }
                    case CONT -> {
                        String marker = PageFurniture.continuationMarker(b.first());
                        if (PageFurniture.isContinuedFrom(marker)) {
                            Art a;
                            if (opened != null) {
                                a = opened;
                                opened = null;
                            } else if (cur != null && cur.pieces.isEmpty()) {
                                a = cur;
                            } else {
                                a = new Art(i, false);
                                arts.add(a);
                            }
                            cur = a;
                            ended = false;
                            a.continuations.add(marker);
                        } else {
                            if (cur != null) {
                                cur.continuations.add(marker);
                            }
                            ended = true;
                        }
                        i++;
                    }
                    case TRAIL -> {
                        if (cur != null) {
                            cur.trailCredits.add(b.joined());
                        }
                        ended = true;
                        i++;
                    }
                    default -> i++;
                }
            }
        }

        Art open(Run run, int position) {
            Art a = new Art(position, false);
            a.run = run;
            run.next = a;
            arts.add(a);
            return a;
        }

        boolean endsArticle(String lastLine) {
            String marker = PageFurniture.continuationMarker(lastLine);
            if (marker != null && !PageFurniture.isContinuedFrom(marker)) {
                return true;
            }
            return Bylines.splitTrailingCredit(lastLine) != null;
        }

        void addLead(Art a, Block b) {
            String joined = b.joined();
            Bylines.Lead lead = Bylines.parseLead(joined);
            if (lead == null) {
                a.pieces.add(new Piece(b.lines, false));
                return;
            }
            a.byline = a.byline == null ? lead.byline() : a.byline + " " + lead.byline();
            if (a.dateline == null) {
                a.dateline = lead.dateline();
            }
            if (a.source == null) {
                a.source = lead.source();
            }
            // drop the byline characters from the lines, keeping the line structure of the rest
            int consume = joined.length() - lead.rest().length();
            List<String> rest = new ArrayList<>();
            for (String line : b.lines) {
                if (consume >= line.length()) {
                    consume -= line.length();
                    continue;
                }
                rest.add(line.substring(Math.max(consume, 0)).strip());
                consume = 0;
            }
            rest.removeIf(String::isEmpty);
            if (!rest.isEmpty()) {
                a.pieces.add(new Piece(rest, false));
            }
        }

        // ---- 5. headline pairing -------------------------------------------------------------------------------

        void assignHeadlines() {
            List<Unit> all = new ArrayList<>();
            for (Run run : runs) {
                if (run.teaser || run.subhead) {
                    continue;
                }
                buildUnits(run);
                all.addAll(run.units);
            }
            List<Art> texts = new ArrayList<>();
            for (Art a : arts) {
                if (!a.caption) {
                    texts.add(a);
                }
            }
            // phase 1: the units printed right before a body
            for (Run run : runs) {
                if (run.teaser || run.subhead || run.next == null) {
                    continue;
                }
                Art next = run.next;
                for (int k = run.units.size() - 1; k >= 0; k--) {
                    Unit u = run.units.get(k);
                    boolean tail = k == run.units.size() - 1;
                    if (next.caption && !tail) {
                        break;
                    }
                    double cov = TextAffinity.coverage(u.grams, next.grams());
                    boolean label = u.lines.stream().allMatch(Headlines::isColumnLabel);
                    if (!tail && !label && cov < ADJACENT_MIN) {
                        break; // a banner or masthead line above the headline block
                    }
                    double mine = cov + (tail ? ADJACENT_TAIL : ADJACENT_OTHER);
                    double other = 0;
                    for (Art a : texts) {
                        if (a != next) {
                            double s = TextAffinity.coverage(u.grams, a.grams()) + (a.run == null ? HEADLESS : 0);
                            other = Math.max(other, s);
                        }
                    }
                    if (mine >= other) {
                        assign(u, next);
                    } else {
                        break;
                    }
                }
            }
            // phase 2: detached headlines, best overlap first
            while (true) {
                Unit bestUnit = null;
                Art bestArt = null;
                double best = -1;
                for (Unit u : all) {
                    if (u.assigned != null) {
                        continue;
                    }
                    for (Art a : texts) {
                        if (!a.units.isEmpty() && a.units.stream().anyMatch(x -> x.run != u.run)) {
                            continue; // an article takes its headline from one run
                        }
                        double cov = TextAffinity.coverage(u.grams, a.grams());
                        if (cov < DETACHED_MIN) {
                            continue;
                        }
                        double s = cov + (a.units.isEmpty() ? HEADLESS : 0);
                        if (s > best) {
                            best = s;
                            bestUnit = u;
                            bestArt = a;
                        }
                    }
                }
                if (bestUnit == null) {
                    break;
                }
                assign(bestUnit, bestArt);
            }
        }

        void assign(Unit u, Art a) {
            u.assigned = a;
            a.units.add(u);
            a.units.sort(Comparator.comparingInt(x -> x.position));
        }

        void buildUnits(Run run) {
            List<Unit> units = new ArrayList<>();
            for (Block b : run.blocks) {
                int offset = 0;
                for (List<String> group : titleGroups(b.lines)) {
                    Unit u = new Unit(run, b.index * 1000 + offset);
                    offset += group.size();
                    for (String l : group) {
                        u.lines.add(l);
                        u.levels.add(b.md);
                        u.blockIds.add(b.index);
                    }
                    units.add(u);
                }
            }
            // a lead-in binds to the next unit, a deck to the previous one
            List<Unit> merged = new ArrayList<>();
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                if (!merged.isEmpty()) {
                    Unit prev = merged.get(merged.size() - 1);
                    if (Headlines.isLeadIn(prev.lines.get(prev.lines.size() - 1)) || Headlines.isDeck(u.lines.get(0))) {
                        prev.lines.addAll(u.lines);
                        prev.levels.addAll(u.levels);
                        prev.blockIds.addAll(u.blockIds);
                        continue;
                    }
                }
                merged.add(u);
            }
            for (Unit u : merged) {
                StringBuilder sb = new StringBuilder();
                for (String l : u.lines) {
                    sb.append(l).append('\n');
                }
                u.grams = TextAffinity.bigrams(sb.toString());
            }
            run.units.addAll(merged);
        }

        /**
         * Splits a headline block of 3+ lines that holds marked lead-ins or decks into title groups
         * (lead-in* title deck*), where a new group is itself marked (opens with a lead-in, or its title is followed
         * by a deck): text printed without blank lines can put two articles' headlines in one block.
         */
        static List<List<String>> titleGroups(List<String> lines) {
            boolean marked = lines.stream().anyMatch(l -> Headlines.isLeadIn(l) || Headlines.isDeck(l));
            if (lines.size() < 3 || !marked) {
                return List.of(lines);
            }
            List<List<String>> groups = new ArrayList<>();
            List<String> cur = new ArrayList<>();
            boolean hasTitle = false;
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k);
                boolean lead = Headlines.isLeadIn(l);
                boolean deck = Headlines.isDeck(l);
                boolean prevLead = k > 0 && Headlines.isLeadIn(lines.get(k - 1));
                boolean nextDeck = k + 1 < lines.size() && Headlines.isDeck(lines.get(k + 1));
                if (hasTitle && !deck && !prevLead && (lead || nextDeck)) {
                    groups.add(cur);
                    cur = new ArrayList<>();
                    hasTitle = false;
                }
                cur.add(l);
                if (!lead && !deck) {
                    hasTitle = true;
                }
            }
            groups.add(cur);
            return groups;
        }

        // ---- 6. output -----------------------------------------------------------------------------------------

        PageArticle build(Art a) {
            // headline lines
            List<String> lines = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            List<Integer> blockIds = new ArrayList<>();
            for (Unit u : a.units) {
                lines.addAll(u.lines);
                levels.addAll(u.levels);
                blockIds.addAll(u.blockIds);
            }
            List<String> labels = new ArrayList<>();
            for (int k = lines.size() - 1; k >= 0; k--) {
                if (Headlines.isColumnLabel(lines.get(k))) {
                    labels.add(0, lines.remove(k));
                    levels.remove(k);
                    blockIds.remove(k);
                }
            }
            for (int k = 0; k + 1 < lines.size(); k++) {
                boolean sameBlock = blockIds.get(k).equals(blockIds.get(k + 1));
                if (levels.get(k).equals(levels.get(k + 1))
                        && (Headlines.shouldJoin(lines.get(k), lines.get(k + 1))
                        || sameBlock && (Headlines.shouldJoinWrapped(lines.get(k), lines.get(k + 1))
                                || Headlines.isColonLead(lines.get(k))))) {
                    lines.set(k, lines.get(k) + lines.get(k + 1));
                    lines.remove(k + 1);
                    levels.remove(k + 1);
                    blockIds.remove(k + 1);
                }
            }
            String title = null;
            List<String> subtitles = new ArrayList<>();
            int t = Headlines.chooseTitle(lines, levels);
            for (int k = 0; k < lines.size(); k++) {
                if (k == t) {
                    title = lines.get(k);
                } else {
                    subtitles.add(lines.get(k));
                }
            }

            // body
            List<String> paragraphs = new ArrayList<>();
            String byline = a.byline;
            String source = a.source;
            List<String> continuations = new ArrayList<>(a.continuations);
            List<String> trails = new ArrayList<>(a.trailCredits);
            if (a.caption) {
                paragraphs.addAll(List.of(a.cap.text.split("\n")));
                byline = a.cap.credit;
            } else {
                String cur = null;
                for (Piece p : a.pieces) {
                    if (p.heading) {
                        if (cur != null) {
                            paragraphs.add(cur);
                            cur = null;
                        }
                        paragraphs.add(String.join(" ", p.lines));
                        continue;
                    }
                    for (String line : p.lines) {
                        if (cur == null) {
                            cur = line;
                        } else if (LineJoiner.continues(cur, line)) {
                            cur = LineJoiner.join(cur, line);
                        } else {
                            paragraphs.add(cur);
                            cur = line;
                        }
                    }
                }
                if (cur != null) {
                    paragraphs.add(cur);
                }
            }
            List<String> clean = new ArrayList<>();
            for (String p : paragraphs) {
                String marker;
                while ((marker = PageFurniture.continuationMarker(p)) != null) {
                    continuations.add(marker);
                    p = PageFurniture.removeContinuationMarkers(p);
                }
                String[] credit = Bylines.splitTrailingCredit(p);
                if (credit != null && !a.caption) {
                    trails.add(credit[1]);
                    p = credit[0];
                }
                p = p.strip();
                if (!p.isEmpty()) {
                    clean.add(p);
                }
            }
            for (String trail : trails) {
                String inner = trail.replaceAll("^[（(]|[）)]$", "").strip();
                boolean sourceOnly = inner.matches("^(据|来源|稿件来源|转自).*");
                if (!sourceOnly && byline == null) {
                    byline = trail;
                }
                if (source == null) {
                    source = Bylines.sourceOf(trail);
                }
            }
            String body = String.join("\n", clean);
            if (body.isEmpty() && title == null) {
                return null;
            }

            // kind
            ArticleKind kind;
            if (a.caption) {
                kind = ArticleKind.PHOTO_CAPTION;
            } else if (isCommentary(title, subtitles, labels, byline)) {
                kind = ArticleKind.COMMENTARY;
            } else if (title != null && NOTICE_TITLE.matcher(title).find() && !NEWS_ABOUT_NOTICE.matcher(title).find()) {
                kind = ArticleKind.NOTICE;
            } else {
                kind = ArticleKind.NEWS;
            }
            String continuation = continuations.isEmpty() ? null : String.join("；", continuations);
            return new PageArticle(title, subtitles, byline, a.dateline, source, kind, body, continuation);
        }

        boolean isCommentary(String title, List<String> subtitles, List<String> labels, String byline) {
            for (String l : labels) {
                if (Headlines.isCommentaryLabel(l)) {
                    return true;
                }
            }
            for (String s : subtitles) {
                if (Headlines.isCommentaryLabel(s) || s.startsWith("——论") || s.startsWith("—论")) {
                    return true;
                }
            }
            if (title != null && (Headlines.isCommentaryLabel(title) || title.startsWith("论"))) {
                return true;
            }
            return byline != null && COMMENTARY_BYLINE.matcher(byline).find();
        }
    }
}

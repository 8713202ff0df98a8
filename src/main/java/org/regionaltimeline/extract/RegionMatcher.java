package org.regionaltimeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the administrative divisions named in Chinese text: full names (昌吉回族自治州), aliases and short forms
 * (昌吉州, 昌吉, 庭州, 第六师), Xinjiang townships, XPCC regiments and landmarks (mapped to their county).
 * <p>
 * Rules, in order:
 * <ul>
 *   <li>Leftmost-longest: at each position the longest known name wins (伊犁哈萨克自治州霍城县 gives 伊犁州 and then
 *       霍城县; 新疆和田 gives 新疆 and 和田). Line breaks inside a name are ignored (塔克\n拉玛干).</li>
 *   <li>Short forms that are ordinary words are not aliases at all (天山, 和平, 光明, 长治 — see
 *       {@code src/gazetteer/aliases.tsv}); they and a few phrases (天山南北, 长治久安) are stop words, read as words
 *       so that nothing inside them matches. Two-character short forms of counties outside Xinjiang, and
 *       two-character or word-like full names there (范县, 矿区, 合作市), only count right after their prefecture or
 *       province (金华永康 → 永康市, 杭州西湖 → 西湖区), never alone.</li>
 *   <li>Bare short forms are skipped where the neighbours show they are part of a word or a person's name
 *       (马伊宁、 朱开封介绍, 发展和田园, 人民丰收, 至于田间).</li>
 *   <li>A name shared by several places is resolved, each step only narrowing the candidates: those inside the
 *       place named right before it (北京朝阳区 → 110105); those the document names explicitly (和田 → 和田市 if
 *       only 和田市 is named); those whose ancestor the document names; the higher level (和田 → 和田地区,
 *       吉林 → 吉林省); Xinjiang; a 市 over a 县/区 (伊宁 → 伊宁市). Still ambiguous: no mention.</li>
 *   <li>One-character abbreviations (克 for 克拉玛依, 乌 for 乌鲁木齐, 疆 for 新疆) only after 在/来/赴/抵/驻…
 *       and only once the document has named that place (在克召开, 来克).</li>
 * </ul>
 * Immutable and thread-safe once built; build it once (or use {@link #defaultMatcher()}).
 */
public final class RegionMatcher {

    private static final String COUNTY_SUFFIXES = "省市县区州旗盟";
    /** Common surnames that are rarely function words; a bare 2-char name right after one is read as a given name. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴徐孙马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖蔡潘袁董杜"
            + "魏吕丁沈姚卢姜崔谭陆汪范廖邹熊孟秦邱侯邵薛贾顾毛郝龚邢严覃柳倪牛洪蒋阎段雷钟汤尹黎乔贺赖庞樊殷施"
            + "陶翟颜申季葛韦伍祝闫";
    /** First characters that often end a preceding word (于/和/民/长/成...): need a place-like left side. */
    private static final String RISKY_FIRST = "于和民长成定中海宜";
    private static final String PLACE_INTRO = "赴到往从自来去回返抵离经与及同向驻援进入是的对把将让使由以为给帮访游留住居至、，。；：（）“”‘’《》";
    private static final Set<String> BAD_PRECEDE = words(
            "平和", "温和", "祥和", "柔和", "缓和", "谦和", "调和", "中和", "饱和", "随和", "暖和", "附和", "总和", "亲和",
            "人和", "议和", "讲和", "求和", "应和", "唱和", "协和", "融和", "不和", "失和", "违和", "宽和",
            "人民", "农民", "居民", "牧民", "市民", "村民", "国民", "军民", "全民", "公民", "移民", "渔民", "网民", "选民",
            "为民", "惠民", "富民", "便民", "利民", "爱民", "亲民", "安民", "乐民", "难民", "贫民", "灾民", "边民", "平民",
            "股民", "农民", "在于", "至于", "属于", "位于", "由于", "对于", "关于", "等于", "基于", "终于", "善于", "勇于",
            "乐于", "便于", "利于", "易于", "出于", "源于", "处于", "始于", "归于", "限于", "急于", "用于", "过于", "高于",
            "低于", "大于", "小于", "多于", "少于", "免于", "甘于", "勤于", "精于", "长于", "安于", "见于", "助于", "致于",
            "仓库", "车库", "金库", "水库", "国库", "文库", "冷库", "入库", "出库", "题库", "智库", "宝库", "粮库", "油库",
            "而且", "并且", "况且", "尚且", "暂且", "姑且", "苟且",
            "创新", "更新", "重新", "全新", "清新", "崭新", "革新", "刷新", "最新", "焕新", "一新", "翻新", "日新", "求新",
            "出新", "立新", "迎新", "纳新", "常新",
            "摩托", "富裕", "幸福", "丰富", "神奇", "新奇", "离奇", "传奇", "惊奇", "好奇", "珍奇",
            "委托", "依托", "寄托", "拜托", "信托", "受托", "嘱托", "烘托", "衬托",
            "巩固", "加固", "稳固", "坚固", "牢固", "凝固", "顽固", "经济", "救济",
            "千米", "厘米", "毫米", "公米", "方米", "平米", "大米", "玉米", "小米", "稻米",
            "客运", "货运", "海运", "空运", "航运", "转运", "联运", "营运", "搬运", "命运", "幸运", "好运", "奥运",
            "亚运", "承运", "托运", "水运", "陆运", "出海", "入海");
    private static final Set<String> BAD_FOLLOW = words(
            "田园", "田间", "田野", "田埂", "田头", "田里", "田块", "田亩", "田庄", "田舍", "田垄",
            "乡村", "乡镇", "乡亲", "乡愁", "乡土", "乡情", "乡音", "乡间", "乡野",
            "理石", "源头", "源泉", "源于", "源自", "源流", "蕴含", "蕴藏", "蕴涵", "蕴育",
            "车辆", "车程", "车间", "车位", "车队", "车型", "车主", "车费",
            "安全", "安排", "安装", "安置", "安稳", "安心",
            "理论", "理解", "理想", "理由", "理性", "理念", "理事", "理顺", "理财", "理清",
            "水平", "水产", "水利", "水面", "水质", "水量", "水位",
            "城乡", "城镇", "城际", "城邦", "城楼", "城门", "城墙",
            "庆祝", "庆典", "庆贺", "庆功", "山区", "山地", "山林", "山坡", "山脉", "山体", "山洪",
            "连片", "连续", "连接", "连通", "连线", "连锁", "海拔",
            "静谧", "静止", "静态", "静默", "静音", "静坐", "静养", "硕果", "硕大", "硕士",
            "南岸", "北岸", "东岸", "西岸", "南侧", "北侧", "东侧", "西侧", "南麓", "北麓", "东麓", "西麓",
            "南缘", "北缘", "东缘", "西缘", "南坡", "北坡", "东坡", "西坡", "南端", "北端", "东端", "西端",
            "南郊", "北郊", "东郊", "西郊", "南翼", "北翼", "东翼", "西翼");
    /** Characters that continue 师 into another word (师范, 师傅, 师生 ...). */
    private static final String AFTER_SHI_BAD = "范傅生资兄姐弟妹父母德徒爷表承从尊友道";
    /** Characters that continue 团 into another word (团队, 团体, 团结 ...). */
    private static final String AFTER_TUAN_BAD = "队体结员委伙聚购圆拜建课费组旗歌徽干日风练训宣";
    private static final String NUMERALS = "一二三四五六七八九十百零〇两0123456789０１２３４５６７８９第";

    /** One-character abbreviations, usable only after ABBREV_PREV and once the place is named in the document. */
    private static final Map<Character, String> ABBREVIATIONS = Map.of('克', "650200", '乌', "650100", '疆', "650000");
    private static final String ABBREV_PREV = "在来抵赴驻留返到离至进入回";
    private static final Map<Character, String> ABBREV_NEXT_BAD = Map.of(
            '克', "服难隆制星勤扣敌己拉里斯莱罗林什孜尔力数重俭格复日金朗兰鲁苏木雷西兹利汀",
            '乌', "兹克拉鲁苏尔恰什鸦云龙托干黑烟合有孙镇海兰达鞘金骨贼木",
            '疆', "场界土域");

    private record Entry(Place place, boolean full, boolean needsAncestor) {
    }

    private record Match(Place place, int start, int end) {
    }

    private final Gazetteer gazetteer;
    private final Map<String, Entry[]> dictionary;
    /** For each two-character prefix of a dictionary name, a bit mask of the name lengths (bit n = length n). */
    private final Map<Integer, Long> lengthsByPrefix;

    /** A matcher with the bundled stop words ({@code /gazetteer/stopwords.txt}, if on the classpath). */
    public RegionMatcher(Gazetteer gazetteer) {
        this(gazetteer, bundledStopWords());
    }

    /**
     * @param stopWords ordinary words that contain or equal a place short form (天山南北, 和平, 金山银山); at a
     *                  position where one is the longest candidate it is read as a word and nothing is matched inside
     *                  it. A stop word replaces a name with the same spelling (解放区); a full county name outside
     *                  Xinjiang whose stem is a stop word (合作市, 资源县) needs its prefecture right before it.
     */
    public RegionMatcher(Gazetteer gazetteer, Collection<String> stopWords) {
        this.gazetteer = gazetteer;
        Set<String> stops = new HashSet<>();
        for (String w : stopWords) {
            if (w != null && w.length() >= 2) {
                stops.add(w);
            }
        }
        Map<String, Map<String, Entry>> byName = new HashMap<>();
        for (Place p : gazetteer.all()) {
            boolean outsideCounty = !p.isXinjiang() && p.level() == RegionLevel.COUNTY;
            // Full county names outside Xinjiang that read as words (示范县 → 范县, 形成县域 → 成县, 合作市场 →
            // 合作市, 港口区, 资源县) count only right after their prefecture or province.
            boolean wordLike = outsideCounty && (p.name().length() == 2 || stops.contains(stem(p.name())));
            add(byName, p.name(), new Entry(p, true, wordLike));
            for (String alias : p.aliases()) {
                add(byName, alias, new Entry(p, false, outsideCounty && alias.length() == 2));
            }
        }
        for (LocalPlace lp : gazetteer.localPlaces()) {
            Place county = gazetteer.byCode(lp.countyCode()).orElseThrow();
            add(byName, lp.name(), new Entry(county, false, false));
        }
        Map<String, Entry[]> dict = new HashMap<>(byName.size() * 2);
        byName.forEach((name, entries) -> dict.put(name, entries.values().toArray(new Entry[0])));
        for (String w : stops) {
            dict.put(w, NO_ENTRIES);    // a stop word wins even over a full name (解放区 is a word first)
        }
        Map<Integer, Long> lengths = new HashMap<>();
        for (String name : dict.keySet()) {
            if (name.length() < 64) {
                lengths.merge(bigram(name.charAt(0), name.charAt(1)), 1L << name.length(), (a, b) -> a | b);
            }
        }
        this.dictionary = dict;
        this.lengthsByPrefix = lengths;
    }

    private static final Entry[] NO_ENTRIES = new Entry[0];

    private static int bigram(char a, char b) {
        return (a << 16) | b;
    }

    private static List<String> bundledStopWords() {
        try (InputStream in = RegionMatcher.class.getResourceAsStream("/gazetteer/stopwords.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Map<String, Map<String, Entry>> byName, String name, Entry e) {
        if (name == null || name.length() < 2) {
            return;   // one-character names never match on their own
        }
        Map<String, Entry> m = byName.computeIfAbsent(name, k -> new LinkedHashMap<>());
        Entry old = m.get(e.place().code());
        if (old == null || (e.full() && !old.full()) || (!e.needsAncestor() && old.needsAncestor())) {
            m.put(e.place().code(), e);
        }
    }

    private static String stem(String name) {
        for (String suffix : new String[] {"自治县", "自治旗", "县", "市", "区", "旗"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static boolean isBare(String name) {
        char last = name.charAt(name.length() - 1);
        return COUNTY_SUFFIXES.indexOf(last) < 0 && last != '师' && last != '团' && !name.endsWith("地区");
    }

    /** A matcher over {@link Gazetteer#loadDefault()}, built once. */
    public static RegionMatcher defaultMatcher() {
        return DefaultHolder.MATCHER;
    }

    private static final class DefaultHolder {
        static final RegionMatcher MATCHER = new RegionMatcher(Gazetteer.loadDefault());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** All places named in {@code text}, in text order; the text is its own context. */
    public List<RegionMention> find(String text) {
        return find(text, new RegionContext());
    }

    /**
     * All places named in {@code text}, in text order, resolving short forms with what {@code context} and the text
     * itself name. Adds the text's names to {@code context}.
     */
    public List<RegionMention> find(String text, RegionContext context) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Compact c = Compact.of(text);
        scan(c, context, null);                 // pass 1: learn what the text names explicitly
        List<RegionMention> out = new ArrayList<>();
        scan(c, context, out);                  // pass 2: resolve and emit
        return out;
    }

    /** A context holding everything {@code documentText} (e.g. a whole page) names, to pass to per-article calls. */
    public RegionContext contextFor(String documentText) {
        RegionContext ctx = new RegionContext();
        find(documentText, ctx);
        return ctx;
    }

    /** The distinct places of {@code mentions}, in order of first mention. */
    public static List<Place> distinctPlaces(List<RegionMention> mentions) {
        Map<String, Place> seen = new LinkedHashMap<>();
        for (RegionMention m : mentions) {
            seen.putIfAbsent(m.place().code(), m.place());
        }
        return List.copyOf(seen.values());
    }

    /**
     * The distinct places of {@code mentions} in first-mention order, leaving out any place that contains another
     * listed place (昌吉州 is dropped when 呼图壁县 is also named; 新疆 when any Xinjiang place is).
     */
    public List<Place> mostSpecificPlaces(List<RegionMention> mentions) {
        List<Place> distinct = distinctPlaces(mentions);
        List<Place> out = new ArrayList<>();
        for (Place p : distinct) {
            boolean hasDescendant = false;
            for (Place q : distinct) {
                if (q != p && !q.code().equals(p.code()) && gazetteer.isWithin(q.code(), p.code())) {
                    hasDescendant = true;
                    break;
                }
            }
            if (!hasDescendant) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The text without line breaks, with a map back to original offsets. */
    private record Compact(char[] chars, int[] origin, int length) {
        static Compact of(String text) {
            char[] out = new char[text.length()];
            int[] origin = new int[text.length()];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || ch == '\r') {
                    continue;
                }
                out[n] = ch;
                origin[n] = i;
                n++;
            }
            return new Compact(out, origin, n);
        }

        char at(int i) {
            return i >= 0 && i < length ? chars[i] : '\0';
        }
    }

    private void scan(Compact c, RegionContext ctx, List<RegionMention> out) {
        boolean emit = out != null;
        char[] t = c.chars();
        int n = c.length();
        Match prev = null;
        int i = 0;
        while (i < n) {
            char ch = t[i];
            Long mask = i + 1 < n ? lengthsByPrefix.get(bigram(ch, t[i + 1])) : null;
            long lengths = mask == null ? 0L : mask & ((n - i) >= 63 ? -1L : (1L << (n - i + 1)) - 1);
            int consumed = 0;
            while (lengths != 0) {
                int len = 63 - Long.numberOfLeadingZeros(lengths);
                lengths &= ~(1L << len);
                Entry[] entries = dictionary.get(new String(t, i, len));
                if (entries == null) {
                    continue;
                }
                if (entries.length == 0) {      // a stop word: an ordinary word, nothing inside it is a place
                    consumed = len;
                    break;
                }
                List<Entry> viable = viable(entries, c, i, len, prev);
                if (viable.isEmpty()) {
                    continue;
                }
                consumed = len;
                for (Entry e : viable) {
                    ctx.candidates.add(e.place().code());
                }
                if (!emit && entries.length == 1) {
                    ctx.explicit.add(entries[0].place().code());
                }
                Place p = resolve(viable, ctx, prev, i);
                if (p != null) {
                    prev = new Match(p, i, i + len);
                    if (emit) {
                        ctx.resolved.add(p.code());
                        out.add(new RegionMention(p, new String(t, i, len), c.origin()[i]));
                    }
                }
                break;
            }
            if (consumed == 0 && emit) {
                Place p = abbreviation(c, i, ctx);
                if (p != null) {
                    prev = new Match(p, i, i + 1);
                    ctx.resolved.add(p.code());
                    out.add(new RegionMention(p, String.valueOf(ch), c.origin()[i]));
                    consumed = 1;
                }
            }
            i += Math.max(consumed, 1);
        }
    }

    private List<Entry> viable(Entry[] entries, Compact c, int start, int len, Match prev) {
        String surface = null;
        boolean adjacent = prev != null && prev.end() == start;
        List<Entry> out = new ArrayList<>(entries.length);
        for (Entry e : entries) {
            if (e.needsAncestor()) {
                if (!adjacent || !gazetteer.isWithin(e.place().code(), prev.place().code())
                        || e.place().code().equals(prev.place().code())) {
                    continue;
                }
            }
            if (!e.full()) {
                if (surface == null) {
                    surface = new String(c.chars(), start, len);
                }
                if (!guardsPass(surface, c, start, len, adjacent)) {
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    /** Neighbour checks for aliases and local names: not part of a longer word or of a person's name. */
    private static boolean guardsPass(String s, Compact c, int start, int len, boolean adjacent) {
        char before = c.at(start - 1);
        char after = c.at(start + len);
        char first = s.charAt(0);
        char last = s.charAt(len - 1);
        if (last == '师') {
            if (AFTER_SHI_BAD.indexOf(after) >= 0) {
                return false;
            }
            if (NUMERALS.indexOf(first) >= 0 && first != '第' && NUMERALS.indexOf(before) >= 0) {
                return false;   // 二十六师 is not 六师
            }
            return true;
        }
        if (last == '团') {
            if (AFTER_TUAN_BAD.indexOf(after) >= 0) {
                return false;
            }
            return !(NUMERALS.indexOf(first) >= 0 && NUMERALS.indexOf(before) >= 0);
        }
        if (!isBareSurface(s)) {
            return true;
        }
        if (adjacent) {
            return true;   // right after another place name (新疆和田, 金华永康)
        }
        if (before != '\0' && BAD_PRECEDE.contains("" + before + first)) {
            return false;
        }
        if (after != '\0' && BAD_FOLLOW.contains("" + last + after)) {
            return false;
        }
        if (RISKY_FIRST.indexOf(first) >= 0 && isHan(before) && PLACE_INTRO.indexOf(before) < 0
                && !(first != '于' && (before == '在' || before == '于'))) {
            return false;
        }
        if (first == '米' && before >= '0' && before <= '9') {
            return false;   // 500米东侧
        }
        if (len == 2 && SURNAMES.indexOf(before) >= 0) {
            return false;   // 马伊宁、 朱开封介绍: a person's given name
        }
        return true;
    }

    private static boolean isBareSurface(String s) {
        return isBare(s);
    }

    private static boolean isHan(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
    }

    private Place resolve(List<Entry> viable, RegionContext ctx, Match prev, int start) {
        List<Place> cands = new ArrayList<>(viable.size());
        for (Entry e : viable) {
            cands.add(e.place());
        }
        if (cands.size() == 1) {
            return cands.get(0);
        }
        // 1. right after an ancestor of some of them
        if (prev != null && prev.end() == start) {
            List<Place> within = filter(cands, p -> !p.code().equals(prev.place().code())
                    && gazetteer.isWithin(p.code(), prev.place().code()));
            cands = within.isEmpty() ? cands : within;
        }
        // 2. named explicitly in the document
        if (cands.size() > 1) {
            List<Place> named = filter(cands, p -> ctx.explicit.contains(p.code()));
            cands = named.isEmpty() ? cands : named;
        }
        // 3. an ancestor named in the document (one that is not itself a candidate)
        if (cands.size() > 1) {
            final List<Place> pool = cands;
            List<Place> under = filter(cands, p -> ancestorNamed(p, ctx, pool));
            cands = under.isEmpty() ? cands : under;
        }
        // 4. the higher level (和田 → 和田地区, 吉林 → 吉林省)
        if (cands.size() > 1) {
            int best = Integer.MAX_VALUE;
            for (Place p : cands) {
                best = Math.min(best, p.level().ordinal());
            }
            final int top = best;
            cands = filter(cands, p -> p.level().ordinal() == top);
        }
        // 5. Xinjiang, then a city over a county/district (伊宁 → 伊宁市)
        if (cands.size() > 1) {
            List<Place> xj = filter(cands, Place::isXinjiang);
            cands = xj.isEmpty() ? cands : xj;
        }
        if (cands.size() > 1) {
            List<Place> cities = filter(cands, p -> p.name().endsWith("市"));
            cands = cities.isEmpty() ? cands : cities;
        }
        return cands.size() == 1 ? cands.get(0) : null;
    }

    private boolean ancestorNamed(Place p, RegionContext ctx, List<Place> candidates) {
        for (Place a : gazetteer.ancestors(p)) {
            if (candidates.contains(a)) {
                continue;
            }
            if (ctx.explicit.contains(a.code()) || ctx.resolved.contains(a.code())) {
                return true;
            }
        }
        return false;
    }

    private static List<Place> filter(List<Place> in, java.util.function.Predicate<Place> keep) {
        List<Place> out = new ArrayList<>(in.size());
        for (Place p : in) {
            if (keep.test(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private Place abbreviation(Compact c, int i, RegionContext ctx) {
        char ch = c.at(i);
        String code = ABBREVIATIONS.get(ch);
        if (code == null || ABBREV_PREV.indexOf(c.at(i - 1)) < 0) {
            return null;
        }
        char after = c.at(i + 1);
        if (ABBREV_NEXT_BAD.getOrDefault(ch, "").indexOf(after) >= 0) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>(ctx.explicit);
        known.addAll(ctx.resolved);
        known.addAll(ctx.candidates);
        for (String k : known) {
            if (gazetteer.isWithin(k, code)) {
                return gazetteer.byCode(code).orElse(null);
            }
        }
        return null;
    }

    /** Number of distinct names in the dictionary (for diagnostics). */
    public int dictionarySize() {
        return dictionary.size();
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}

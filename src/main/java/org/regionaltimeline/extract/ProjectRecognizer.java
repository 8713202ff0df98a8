package org.regionaltimeline.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named initiatives in text: projects, parks, programmes, campaigns, alliances, studios, companies being
 * founded. Three general rules:
 * <ol>
 *   <li>a name ending in a head word (…项目, …产业园, …工程, …阻击战, …联盟, …工作室, …示范区, …行动 …), its left edge
 *       at the nearest clause boundary, function word or verb (签订亚欧…产业园项目 → 亚欧…产业园项目);</li>
 *   <li>a quoted name followed by a head word (“三北”工程, “智慧电力”系统);</li>
 *   <li>a quoted term repeated in the same text (“高效办成一件事”, “八大产业集群”): a name the story keeps returning to.</li>
 * </ol>
 * Generic heads (该项目, 一期项目, 重点工程) are not names. Nor are descriptions that merely end in a head word
 * (现代化产业集群, 直播电商基地, 一批重大生态保护修复项目): apart from a few heads that only follow names (…联盟, …工作室,
 * …股份有限公司(筹)), a name needs something that singles it out — a place (昌吉…示范区), a natural feature (塔克拉玛干沙漠…),
 * a year (2024年全国…活动), a quoted term (“三北”工程), a numbered name (神舟二十一号…), or a long specific part
 * (亚欧新能源汽车供应链智慧物流产业园项目). Stateless and thread-safe.
 */
public final class ProjectRecognizer {

    private static final String HEADS = "股份有限公司[(（]筹[)）]|产业园项目|项目|产业园|工业园|物流园|工程|阻击战|攻坚战|联盟|工作室|示范区|高新区|开发区|"
            + "试验区|自贸区|商品城|大气田|防护带|载人飞船|战略行动|专项行动|行动|对接活动|活动|产业集群|综合治理|试点城市|系统|计划|基地";
    private static final Pattern HEADED = Pattern.compile("([\\p{IsHan}A-Za-z0-9“”\"·—\\-]{2,40}?)(" + HEADS + ")");
    private static final Pattern QUOTED_HEADED = Pattern.compile("“([^“”，。；！？\\s]{2,12})”(" + HEADS + ")");
    private static final Pattern QUOTED = Pattern.compile("“([^“”，。；！？、\\s]{4,12})”");
    /** Where a name cannot start: everything up to and including the last of these is cut off. */
    private static final Pattern LEFT_EDGE = Pattern.compile(
            ".*(?:[，。；：！？、（）()《》\\s]|签订|签约|推进|实施|开展|建设|参加|参观|召开|举行|启动|打造|发布|落户|加快|推动|围绕|聚焦|依托|作为|成为|"
                    + "承办|举办|组织|筹建|成立|建成|建立|创建|培育|申报|入选|获批|列入|实现|完成|投资|全面|积极|深入|持续|大力|着力|共同|正式|以及|暨|和|与|在|于|对|把|将|为|是|的|了|等|由|从|向|到|让|使|被|其|该|此|这|各|有|"
                    + "打赢|打好|打响|巩固|拓展|扭住|抓好|抓|谋划|联合|发出|标志着|融入|迎接|以|要|全力|稳步|坚持|制定|培养|安装|采用|支持|参与|加入|服务|保障|助力|"
                    + "[0-9.]+万?(?:平方米|亩|个|家|名|人|吨|公里)|多名|个)");
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:[一二三四五六七八九十0-9]+期|重点|重大|各类|相关|上述|有关|民生|本|新|大|小|该|此|这个|这些|一批|多个|一个|首个|全州首个|各项|各种|其他|配套|示范|试点|建设|发展|产业|农业|工业|城市|社会|公共|服务|生态|绿色|科技|文化|旅游|教育|医疗|民族团结|党建|招商|投资|签约|开工|在建|续建|新建|已建)*$");
    private static final int MIN_SPECIFIC = 2;
    /** Heads that also end ordinary phrases (坚持系统, 以实际行动): the name needs a longer specific part. */
    private static final Pattern WEAK_HEAD = Pattern.compile("系统|行动|计划|基地|工程|活动|项目");
    private static final int MIN_SPECIFIC_WEAK = 4;
    /** Heads that follow proper names only: 北疆科普场馆联盟, 舒占钧名医工作室, 国冶黄金股份有限公司(筹), 神舟二十一号载人飞船. */
    private static final Pattern STRONG_HEAD = Pattern.compile("股份有限公司[(（]筹[)）]|联盟|工作室|商品城|大气田|载人飞船|试点城市|战略行动|自贸区|试验区");
    /** Counted or ranked descriptions, never names: 一批…, 多个…, 百亿级…, 万亩…, 州3级…. */
    private static final Pattern QUANTIFIED = Pattern.compile(
            "^(?:一批|一系列|一些|多个|多项|多家|若干|数个|各个|首批|[0-9一二三四五六七八九十百千万亿]+(?:个|项|批|座|家|处|条|亩)|万亩).*"
                    + "|.*(?:[百千万]亿级|[0-9]+级|(?:州|县|市|省|自治区)[一二三四五六七八九十]级).*");
    /** What singles a name out besides a place: a year, a quoted term, a number or ordinal, a natural feature, a macro-region. */
    private static final Pattern DISTINCTIVE = Pattern.compile(
            "\\d{4}年|[“”\"《]|第[0-9一二三四五六七八九十百]+[届期次批轮]|[0-9一二三四五六七八九十百]+号|"
                    + "\\p{IsHan}{2,}(?:沙漠|盆地|走廊|山脉|河谷|草原|湖|冰川|绿洲|口岸)|北疆|南疆|东疆|天山|亚欧|欧亚|丝路|丝绸之路|中亚|一带一路|长三角|京津冀|粤港澳");
    /** A length right before a name (3046公里绿色阻沙防护带, 全长3046 公里的… does not count: 的 ends it). */
    private static final Pattern MEASURE_BEFORE = Pattern.compile("[0-9][0-9.,]*\\s*(?:公里|千米|米)$");
    /** A specific part this long is a proper name in itself. */
    private static final int LONG_SPECIFIC = 9;

    private final java.util.function.Predicate<String> namesAPlace;

    /** A recognizer that knows no place names (names need one of the other distinctive marks). */
    public ProjectRecognizer() {
        this(text -> false);
    }

    /** @param namesAPlace whether a text names an administrative division or a known local place */
    public ProjectRecognizer(java.util.function.Predicate<String> namesAPlace) {
        this.namesAPlace = namesAPlace;
    }

    public List<ProjectMention> find(String input) {
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC);
        if (text.length() != input.length()) {
            text = input;
        }
        // full-width quotes survive NFKC; straight quotes are treated like them
        Map<String, ProjectMention> found = new LinkedHashMap<>();
        List<String> plain = new ArrayList<>();
        Matcher h = HEADED.matcher(text);
        while (h.find()) {
            int start = leftEdge(text, h.start(), h.start(2));
            String specific = text.substring(start, h.start(2)).replaceAll("[“”\"]", "");
            int needed = WEAK_HEAD.matcher(h.group(2)).matches() ? MIN_SPECIFIC_WEAK : MIN_SPECIFIC;
            if (specific.length() < needed || GENERIC.matcher(specific).matches() || QUANTIFIED.matcher(specific).matches()) {
                continue;
            }
            if (STRONG_HEAD.matcher(h.group(2)).matches() || distinctive(text.substring(start, h.start(2)))) {
                add(found, input, start, h.end(), List.of());
                continue;
            }
            // a size in front makes a plain name specific: 3046公里绿色阻沙防护带 is 绿色阻沙防护带 with its length
            Matcher size = MEASURE_BEFORE.matcher(text.substring(0, start));
            if (size.find()) {
                add(found, input, size.start(), h.end(), List.of(canonical(text.substring(start, h.end()))));
            } else {
                plain.add(canonical(text.substring(start, h.end())));
            }
        }
        // a plain name that ends a name of this text is its short form (绿色阻沙防护带 in a story about the
        // 塔克拉玛干沙漠绿色阻沙防护带): an alias of that name, not a project of its own
        for (String shortForm : plain) {
            for (Map.Entry<String, ProjectMention> e : found.entrySet()) {
                ProjectMention m = e.getValue();
                if (m.canonicalName().endsWith(shortForm) && !m.canonicalName().equals(shortForm) && !m.aliases().contains(shortForm)) {
                    List<String> aliases = new ArrayList<>(m.aliases());
                    aliases.add(shortForm);
                    e.setValue(new ProjectMention(m.name(), m.canonicalName(), m.key(), m.offset(), List.copyOf(aliases)));
                    break;
                }
            }
        }
        // a quoted name is the name itself: 新疆“三北”工程 is “三北”工程 in 新疆
        Matcher q = QUOTED_HEADED.matcher(text);
        while (q.find()) {
            int qs = q.start();
            int qe = q.end();
            found.values().removeIf(m -> m.offset() < qe && qs < m.offset() + m.name().length());
            add(found, input, qs, qe, List.of());
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher r = QUOTED.matcher(text);
        while (r.find()) {
            counts.merge(r.group(1), 1, Integer::sum);
        }
        r = QUOTED.matcher(text);
        while (r.find()) {
            String term = r.group(0);
            // “智慧电力” inside “智慧电力”系统 is that name's core, not a second name
            boolean partOfAName = found.values().stream().anyMatch(m -> m.name().contains(term) && !m.name().equals(term));
            if (counts.get(r.group(1)) >= 2 && !partOfAName && !r.group(1).matches(".*[的了吗呢吧啊].*")) {
                add(found, input, r.start(), r.end(), List.of());
            }
        }
        List<ProjectMention> out = new ArrayList<>(found.values());
        out.sort(java.util.Comparator.comparingInt(ProjectMention::offset));
        return out;
    }

    private boolean distinctive(String specific) {
        return DISTINCTIVE.matcher(specific).find() || specific.replaceAll("[“”\"]", "").length() >= LONG_SPECIFIC
                || namesAPlace.test(specific);
    }

    /** The start of the name whose head begins at {@code head}: after the last boundary inside the candidate. */
    private static int leftEdge(String text, int candidateStart, int head) {
        String candidate = text.substring(candidateStart, head);
        Matcher m = LEFT_EDGE.matcher(candidate);
        int start = candidateStart;
        if (m.lookingAt()) {
            start = candidateStart + m.end();
        }
        // a date in front (2024年全国… stays, 11月20日 goes): only a leading year belongs to a name
        String rest = text.substring(start, head);
        Matcher date = Pattern.compile("^.*?\\d{1,2}月(?:\\d{1,2}日)?(?:上午|下午|晚上)?").matcher(rest);
        if (date.lookingAt()) {
            start += date.end();
        }
        return start;
    }

    private static String canonical(String name) {
        return name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }

    private static void add(Map<String, ProjectMention> found, String input, int start, int end, List<String> aliases) {
        String name = input.substring(start, end).strip();
        String canonical = canonical(name);
        String key = ProjectNames.key(canonical);
        if (key.length() < 3) {
            return;
        }
        // a longer name already found at the same place wins (亚欧…产业园项目 over 亚欧…产业园)
        for (ProjectMention m : found.values()) {
            if (m.offset() <= start && m.offset() + m.name().length() >= end) {
                return;
            }
        }
        found.values().removeIf(m -> start <= m.offset() && end >= m.offset() + m.name().length());
        found.putIfAbsent(key, new ProjectMention(name, canonical, key, start, aliases));
    }
}

package org.regionaltimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's front door: a raw page in, articles with dated events, regions, projects and figures out.
 * Stateless and thread-safe; build one and share it (dictionaries and patterns are built once).
 *
 * <p>Per article, each sentence that states a dated happening becomes an event: its most specific date (a day beats a
 * month beats a year), resolved against the article's dateline (新华社…11月28日电 makes 28日 the 28th of November) or
 * the issue date; the places and projects it names (else the article's own); its figures; and its status.
 */
public final class PageExtractor {

    /** A dateline such as 新华社乌鲁木齐11月28日电 or 本报乌鲁木齐6月24日讯: the date the story was filed. */
    private static final Pattern DATELINE_DATE = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:电|讯)");
    /** Sentence ends; a closing quote or bracket right after stays with its sentence. */
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*|$)");
    /** Vague spans that date nothing: 近年来, 多年来, 长期以来 … */
    private static final Pattern VAGUE = Pattern.compile("^(近年来|近几年|多年来|长期以来|历年来|一直以来|近些年)$");
    /** The same day as the date mentioned before. */
    private static final Pattern SAME_DAY = Pattern.compile("^(当天|当日|同日|同天|当晚)");
    private static final Pattern PLANNED = Pattern.compile("将于|将在|将要|即将|计划|预计|拟于|拟在|力争|争取|有望|届时|到\\d{4}年|明年");
    private static final Pattern ONGOING = Pattern.compile("以来|正在|持续|至今|仍在|目前");
    private static final int MIN_SUMMARY = 8;
    private static final Pattern ORGANIZATION_AFTER = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{0,10}?(有限公司|有限责任公司|股份|集团|公司|科学院|研究院|研究所|大学|学院)|(日报|晚报|电视台|人社|微信|公众号|网站)|[\\p{IsHan}]{0,6}?(馆长|院长|校长|研究员|教授|主任|董事长|总经理)");

    private final RegionMatcher regions;
    private final TemporalParser temporal = new TemporalParser();
    private final ProjectRecognizer projects;

    public PageExtractor(Gazetteer gazetteer) {
        this.regions = new RegionMatcher(gazetteer);
        this.projects = new ProjectRecognizer(text -> !regions.find(text).isEmpty());
    }

    /**
     * @param text        the page as OCR or PDF extraction left it
     * @param publishedOn the issue date, or null to infer it from the page
     */
    public ExtractedPage extract(String text, LocalDate publishedOn) {
        DateSource source = DateSource.GIVEN;
        LocalDate reference = publishedOn;
        if (reference == null) {
            Optional<LocalDate> inferred = IssueDateInference.infer(text);
            source = inferred.isPresent() ? DateSource.INFERRED : DateSource.UNKNOWN;
            reference = inferred.orElse(null);
        }
        // relative dates still need some anchor when nothing is known: today, but the page reports the date as unknown
        LocalDate anchor = reference != null ? reference : LocalDate.now();
        List<ExtractedPage.ExtractedArticle> articles = new ArrayList<>();
        for (PageArticle article : PageSegmenter.segment(text)) {
            articles.add(article(article, anchor));
        }
        return new ExtractedPage(reference, source, articles);
    }

    private ExtractedPage.ExtractedArticle article(PageArticle article, LocalDate issueDate) {
        String heading = String.join("\n", article.headlines());
        String body = article.body() == null ? "" : article.body();
        String whole = heading + "\n" + body;

        RegionContext context = new RegionContext();
        List<Place> articleRegions = places(whole, context);
        if (articleRegions.isEmpty() && article.dateline() != null) {
            // 新华社北京5月28日电 with no place in the story: the dateline is where it happened
            articleRegions = places(article.dateline(), context);
        }
        Map<String, String> articleProjects = new LinkedHashMap<>();
        Map<String, List<String>> projectAliases = new LinkedHashMap<>();
        String mainProject = null;
        int mainMentions = 1;
        String flat = whole.replaceAll("\\s+", "");
        for (ProjectMention m : projects.find(whole)) {
            articleProjects.putIfAbsent(m.key(), m.canonicalName());
            if (!m.aliases().isEmpty()) {
                projectAliases.put(m.canonicalName(), m.aliases());
            }
            int mentions = occurrences(flat, m.canonicalName());
            for (String alias : m.aliases()) {
                // a short form is counted where it is not part of the full name
                if (!m.canonicalName().contains(alias)) {
                    mentions += occurrences(flat, alias);
                } else {
                    mentions += occurrences(flat, alias) - occurrences(flat, m.canonicalName());
                }
            }
            if (mentions > mainMentions) {
                mainProject = m.canonicalName();
                mainMentions = mentions;
            }
        }

        LocalDate reference = datelineDate(article.dateline(), issueDate).orElse(issueDate);
        List<ExtractedPage.ExtractedEvent> events = new ArrayList<>();
        PartialDate lastDate = null;
        // a photo caption describes one moment: its sentences (8月15日…调研。图为…) are one event
        List<String> units = bounded(article.kind() == ArticleKind.PHOTO_CAPTION ? List.of(body.replace("\n", ""))
                : java.util.Arrays.stream(body.split("\n")).flatMap(p -> sentences(p).stream()).toList());
        {
            for (String sentence : units) {
                List<TemporalExpression> dates = eventDates(sentence, reference, lastDate);
                if (dates.isEmpty()) {
                    continue;
                }
                String summary = sentence.strip();
                List<Place> places = places(summary, context);
                if (places.isEmpty() && !articleRegions.isEmpty()) {
                    places = List.of(articleRegions.get(0));
                }
                Set<String> names = new LinkedHashSet<>();
                for (ProjectMention m : projects.find(summary)) {
                    names.add(articleProjects.getOrDefault(m.key(), m.canonicalName()));
                }
                String flatSummary = summary.replaceAll("\\s+", "");
                projectAliases.forEach((name, aliases) -> {
                    if (aliases.stream().anyMatch(flatSummary::contains)) {
                        names.add(name);
                    }
                });
                // the project a story keeps returning to is what each of its dated happenings belongs to
                if (mainProject != null) {
                    names.add(mainProject);
                } else if (names.isEmpty() && articleProjects.size() == 1) {
                    names.addAll(articleProjects.values());
                }
                List<Figure> figures = FigureParser.parse(summary);
                for (TemporalExpression date : dates) {
                    events.add(new ExtractedPage.ExtractedEvent(date.date(), date.timeOfDay(), date.text(),
                            status(summary, date, reference), summary, date.approximate(), places, List.copyOf(names), figures));
                    lastDate = date.date();
                }
            }
        }
        return new ExtractedPage.ExtractedArticle(article.title(), article.subtitles(), article.byline(), article.dateline(),
                article.source(), article.kind(), body, sites(articleRegions, heading, body, events), List.copyOf(articleProjects.values()),
                Map.copyOf(projectAliases), events);
    }

    /**
     * The places a text names as sites or actors, in first-mention order. Outside Xinjiang, a city that only
     * qualifies an organization or a person's title (重庆俏巴渝酒业有限公司, 上海科技馆馆长) is not where anything happens.
     */
    private List<Place> places(String text, RegionContext context) {
        List<RegionMention> found = regions.find(text, context);
        List<RegionMention> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            RegionMention m = found.get(i);
            int end = Math.min(text.length(), m.offset() + m.text().length());
            boolean organization = ORGANIZATION_AFTER.matcher(text).region(end, text.length()).lookingAt();
            // 浙江金华永康, 新疆阿勒泰地区: a place that only locates the next, smaller one is not a site of its own
            boolean qualifiesNext = (!m.place().isXinjiang() || m.place().level() == RegionLevel.PROVINCE)
                    && i + 1 < found.size() && found.get(i + 1).offset() == end
                    && regions.gazetteer().isWithin(found.get(i + 1).place().code(), m.place().code());
            // 视察新疆重要讲话: the name of a speech, not a place where something happens
            boolean speech = m.offset() >= 2 && text.startsWith("视察", m.offset() - 2);
            // a company named after a province (新疆天鹅…有限公司) is not a site; a county's own offices are
            boolean company = organization && (!m.place().isXinjiang() || m.place().level() == RegionLevel.PROVINCE);
            if (!company && !qualifiesNext && !speech) {
                kept.add(m);
            }
        }
        return RegionMatcher.distinctPlaces(kept);
    }

    /**
     * The dates of the happenings a sentence states: each distinct day or month it names (5月25日，记者了解到，自6月1日起…
     * states two), or its year when it names nothing finer. 当天 resolves to the last date mentioned.
     */
    private List<TemporalExpression> eventDates(String sentence, LocalDate reference, PartialDate lastDate) {
        if (sentence.strip().length() < MIN_SUMMARY) {
            return List.of();
        }
        List<TemporalExpression> fine = new ArrayList<>();
        TemporalExpression coarse = null;
        for (TemporalExpression e : temporal.parse(sentence, reference)) {
            String text = e.text().strip();
            if (VAGUE.matcher(text).matches() || insideTitle(sentence, e) || recurring(sentence, e) || quotedSpeech(sentence, e)) {
                continue;
            }
            if (SAME_DAY.matcher(text).find() && lastDate != null) {
                e = new TemporalExpression(e.text(), e.offset(), lastDate, e.timeOfDay(), false);
            }
            if (e.date().precision() == Precision.YEAR || e.date().precision() == Precision.QUARTER) {
                if (coarse == null) {
                    coarse = e;
                }
            } else {
                TemporalExpression candidate = e;
                if (fine.stream().noneMatch(f -> f.date().equals(candidate.date()))) {
                    fine.add(e);
                }
            }
        }
        if (!fine.isEmpty()) {
            return fine;
        }
        return coarse == null ? List.of() : List.of(coarse);
    }

    /**
     * An article's regions: every Xinjiang place it names (the papers' own beat), but places elsewhere only where a
     * described happening takes place: named in the headline or in a dated event's sentence.
     */
    private List<Place> sites(List<Place> named, String heading, String body, List<ExtractedPage.ExtractedEvent> events) {
        Set<String> eventPlaces = new java.util.HashSet<>();
        events.forEach(e -> e.regions().forEach(p -> eventPlaces.add(p.code())));
        eventPlaces.addAll(namedAsSite(body));
        List<Place> headingPlaces = places(heading, new RegionContext());
        return named.stream().filter(p -> p.isXinjiang() || eventPlaces.contains(p.code())
                || headingPlaces.stream().anyMatch(h -> h.code().equals(p.code())) || named.size() == 1).toList();
    }

    /** Places that open a clause (合肥高新区的…, 厦门科技馆与…签约) or follow 在/赴/到: where something is done. */
    private Set<String> namedAsSite(String text) {
        Set<String> codes = new java.util.HashSet<>();
        for (RegionMention m : regions.find(text)) {
            char before = m.offset() == 0 ? '。' : text.charAt(m.offset() - 1);
            if ("，,。；;：:\n　 ".indexOf(before) >= 0 || before == '在' || before == '赴' || before == '到') {
                codes.add(m.place().code());
            }
        }
        return codes;
    }

    /** 每月9日、19日、29日: a day that recurs every month dates no single happening. */
    private static boolean recurring(String sentence, TemporalExpression e) {
        String before = sentence.substring(Math.max(0, e.offset() - 12), e.offset());
        return e.date().precision() == Precision.DAY && before.matches(".*(每月|每周|每年|每逢)[0-9、日号]*$");
    }

    /** “我们今天特意来大采购！”: today inside quoted speech is the speaker's day, not a dated report. */
    private static boolean quotedSpeech(String sentence, TemporalExpression e) {
        int open = sentence.lastIndexOf('“', e.offset());
        int close = sentence.lastIndexOf('”', e.offset());
        return open > close && e.text().matches("(今天|今日|昨天|昨日|明天|当天|近日|最近).*");
    }

    /** 《2025年克拉玛依市…目录清单》 or 2024年全国…活动: a year that is part of a name dates no happening by itself. */
    private static boolean insideTitle(String sentence, TemporalExpression e) {
        int open = sentence.lastIndexOf('《', e.offset());
        int close = sentence.lastIndexOf('》', e.offset());
        return open > close;
    }

    static EventStatus status(String sentence, TemporalExpression date, LocalDate reference) {
        int from = Math.max(0, date.offset() - 12);
        int to = Math.min(sentence.length(), date.offset() + date.text().length() + 24);
        String around = sentence.substring(from, to);
        if (PLANNED.matcher(around).find() || date.date().start().isAfter(reference)) {
            return EventStatus.PLANNED;
        }
        if (ONGOING.matcher(date.text()).find() || sentence.contains("起") && date.text().startsWith("自")) {
            return EventStatus.ONGOING;
        }
        return EventStatus.HAPPENED;
    }

    private static Optional<LocalDate> datelineDate(String dateline, LocalDate issueDate) {
        if (dateline == null) {
            return Optional.empty();
        }
        Matcher m = DATELINE_DATE.matcher(java.text.Normalizer.normalize(dateline, java.text.Normalizer.Form.NFKC));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(issueDate.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            // a dateline is never after its paper: December news in a January paper is last year's
            return Optional.of(date.isAfter(issueDate) ? date.minusYears(1) : date);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int occurrences(String text, String name) {
        int count = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            count++;
        }
        return count;
    }

    /**
     * A printed sentence is rarely over 300 characters; text without sentence ends (a hostile or broken page) is cut into
     * units of at most {@value #MAX_UNIT_CHARS}, preferably after a comma, so the work per unit stays bounded and the
     * extraction time stays linear in the page length.
     */
    static List<String> bounded(List<String> units) {
        if (units.stream().allMatch(u -> u.length() <= MAX_UNIT_CHARS)) {
            return units;
        }
        List<String> out = new ArrayList<>();
        for (String unit : units) {
            String rest = unit;
            while (rest.length() > MAX_UNIT_CHARS) {
                int cut = Math.max(rest.lastIndexOf('，', MAX_UNIT_CHARS - 1), rest.lastIndexOf(',', MAX_UNIT_CHARS - 1)) + 1;
                if (cut < MAX_UNIT_CHARS / 2) {
                    cut = MAX_UNIT_CHARS;
                }
                if (Character.isLowSurrogate(rest.charAt(cut))) {
                    cut--;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            out.add(rest);
        }
        return out;
    }

    static final int MAX_UNIT_CHARS = 1000;

    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}

package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionMatcherTest {

    private final RegionMatcher m = RegionMatcher.defaultMatcher();

    private List<String> codes(String text) {
        return m.find(text).stream().map(x -> x.place().code()).toList();
    }

    private List<String> distinct(String text) {
        return RegionMatcher.distinctPlaces(m.find(text)).stream().map(Place::code).toList();
    }

    // ---------------------------------------------------------------- names and aliases

    @Test
    void fullNamesAliasesAndHistoricNames() {
        assertEquals(List.of("652300"), codes("昌吉回族自治州"));
        assertEquals(List.of("652300"), codes("昌吉州党委常委会召开会议"));
        assertEquals(List.of("652300"), codes("初秋,行走在庭州大地"));
        assertEquals(List.of("654000", "654028"), codes("伊犁州尼勒克县成果转化案例"));
        assertEquals(List.of("650000", "654000", "654023"), codes("在新疆维吾尔自治区伊犁哈萨克自治州霍城县的公司内"));
        assertEquals(List.of("652323"), codes("呼图壁县政务服务中心"));
        assertEquals(List.of("652323"), codes("近年来,呼图壁因地制宜"));
        assertEquals(List.of("652328"), codes("只因木垒人转变发展观念"));
        assertEquals(List.of("654022"), codes("察布查尔锡伯自治县是农业大县"));
        assertEquals(List.of("652800", "653000", "652700"), codes("巴州、克州、博州"));
        assertEquals(List.of("650100"), codes("乌市"));
    }

    @Test
    void xpccDivisionsMapToTheirCities() {
        assertEquals(List.of("659004", "659004"), codes("兵团第六师五家渠市调研"));
        assertEquals(List.of("659004"), distinct("兵团第六师五家渠市党委书记"));
        assertEquals(List.of("659004"), codes("六师"));
        assertEquals(List.of("659004"), codes("第6师"));
        assertEquals(List.of("659009"), codes("与会人员分赴于田县、兵团第十四师等地").subList(1, 2));
        assertEquals(List.of("659009"), codes("第十四师"));
        assertEquals(List.of("659002"), codes("第一师阿拉尔市").subList(0, 1));
        assertEquals(List.of("659001"), codes("第八师"));
        assertEquals(List.of("650000"), codes("新疆第一师范学院"));
        assertEquals(List.of(), codes("二十六师"));
    }

    @Test
    void townshipsRegimentsAndLandmarksMapToTheirCounty() {
        assertEquals(List.of("654023", "654023"), codes("在霍城县三官乡,成片的甜叶菊"));
        assertEquals(List.of("653223", "653223"), codes("皮山县皮亚勒玛乡加依塔什村"));
        assertEquals(List.of("654321", "654321"), codes("在喀纳斯的晨雾与禾木的积雪间"));
        assertEquals(List.of("654321"), distinct("喀纳斯、禾木、贾登峪消防站"));
        assertEquals(List.of("654201"), codes("巴克图口岸位于塔城市郊").subList(0, 1));
        assertEquals(List.of("659001"), codes("兵团一五二团"));
        assertEquals(List.of("659001"), codes("152团职工"));
        assertEquals(List.of(), codes("152团队"));
        assertEquals(List.of("654025"), codes("那拉提草原"));
        assertEquals(List.of("652302"), codes("天山天池"));
    }

    // ---------------------------------------------------------------- context rules

    @Test
    void keAbbreviationNeedsKaramayInTheDocument() {
        String title = "新疆北疆科普场馆联盟大会暨科普产业推介会在克召开";
        assertEquals(List.of("650000"), codes(title));
        List<RegionMention> withBody = m.find(title + "\n本报讯(克拉玛依融媒记者李灿雅)在克拉玛依科技馆盛大开幕。");
        assertEquals("克", withBody.get(1).text());
        assertEquals("650200", withBody.get(1).place().code());
        assertEquals(title.indexOf("克召开"), withBody.get(1).offset());
        // a context primed by the page resolves the title on its own
        RegionContext page = m.contextFor("克拉玛依市科协牵头举办");
        assertEquals(List.of("650000", "650200"),
                m.find(title, page).stream().map(x -> x.place().code()).toList());
        assertEquals(List.of("650200"),
                m.find("欢迎来克投资", page).stream().map(x -> x.place().code()).toList());
        // never a verb
        assertEquals(List.of(), m.find("要在克服困难中前进,克服急功近利思想", page));
        assertEquals(List.of("650200"), m.find("克拉玛依", new RegionContext()).stream().map(x -> x.place().code()).toList());
    }

    @Test
    void sharedNamesPreferThePrefectureUnlessOnlyTheCountyIsNamed() {
        assertEquals(List.of("650000", "653200"), codes("新疆“三北”工程攻坚战推进会在和田召开"));
        assertEquals(List.of("653201"), codes("和田市"));
        assertEquals(List.of("653221"), codes("在和田县的戈壁荒漠中"));
        assertEquals(List.of("653201", "653201"), codes("和田市的夜市。来和田的游客"));
        assertEquals(List.of("653200", "653201", "653200"), codes("和田地区、和田市。来和田的游客"));
        assertEquals(List.of("654300"), codes("确保全会精神在阿勒泰落地生根"));
        assertEquals(List.of("654301", "654301"), codes("阿勒泰市医疗保障局。阿勒泰的群众"));
        assertEquals(List.of("654300", "654301", "654300"), codes("阿勒泰地区12345热线。阿勒泰市医保局。在阿勒泰落地"));
        assertEquals(List.of("650000", "654201", "654201", "654201"), codes("新疆塔城巴克图口岸位于塔城市郊"));
        assertEquals(List.of("654002"), codes("伊宁"));
        assertEquals(List.of("653200"), codes("以和田为中心"));
        assertEquals(List.of("653200"), codes("和田玉"));
        assertEquals(List.of("650100"), codes("乌鲁木齐"));
        assertEquals(List.of("652300", "652300"), codes("昌吉国家农业高新技术产业示范区(以下简称昌吉\n农高区)"));
        assertEquals(List.of("220000"), codes("吉林"));
        assertEquals(List.of("110105"), codes("北京朝阳区").subList(1, 2));
    }

    @Test
    void contextCarriesFromPageToArticle() {
        RegionContext page = m.contextFor("和田市召开会议。");
        assertTrue(page.hasNamed("653201"));
        assertEquals("653201", m.find("在和田", page).get(0).place().code());
        RegionContext home = new RegionContext().remember(m.gazetteer().byCode("654301").orElseThrow());
        assertEquals("654301", m.find("阿勒泰的群众", home).get(0).place().code());
    }

    // ---------------------------------------------------------------- outside Xinjiang

    @Test
    void placesOutsideXinjiang() {
        assertEquals(List.of("330000", "330700", "330784"), codes("当一只产自浙江金华永康的保温杯抵达欧洲港口时"));
        assertEquals(List.of(), codes("永康"));              // a bare county short form needs its prefecture first
        assertEquals(List.of("330784"), codes("永康市"));
        assertEquals(List.of("340100"), codes("孵化在合肥"));
        assertEquals(List.of("110000"), codes("新华社北京5月28日电"));
        assertEquals(List.of("610100"), codes("西安交通大学"));
        assertEquals(List.of("350200", "650200"), codes("厦门科技馆与克拉玛依科技馆签订协议"));
        assertEquals(List.of("330100"), codes("杭州西湖").subList(0, 1));
        assertEquals(List.of("330100", "330106"), codes("杭州西湖"));
        assertEquals(List.of(), codes("西湖"));
    }

    // ---------------------------------------------------------------- false positives

    @ParameterizedTest
    @ValueSource(strings = {
            "天山南北奏响高质量发展“变奏曲”",
            "牢牢扭住社会稳定和长治久安总目标",
            "走出了一条绿水青山就是金山银山的绿色发展道路",
            "不遗余力守护万家安康",
            "维护世界和平与发展,前途光明",
            "全州首个新能源汽车产业园明年开建",
            "放眼全州,山水一色",
            "以中国式现代化全面推进中华民族伟大复兴",
            "克服急功近利、急于求成思想",
            "塔克拉玛干沙漠“绿围脖”",
            "要扭住古尔班通古特沙漠综合治理“关键点”",
            "参与记者张艳芳、马伊宁、盖有军、托亚",
            "该项目负责人朱开封介绍",
            "◆ 昌平",
            "推动经济发展和田园综合体建设",
            "和静谧的草原相得益彰,收获和硕果",
            "人民丰收,农民丰收",
            "致力于田间管理",
            "惠民富民,助力乡村振兴",
            "通道经济向口岸经济转变",
            "大理石",
            "科技部部长阴和俊表示",
            "接受群众监督、改进工作作风的重要途径",
            "中国冶金地质总局成立于1952年,是中央管理的地质勘查单位",
            "发展方式和东方明珠",
            "矿区副矿长",
            "北疆区域的7个地州市科协",
            "新一轮找矿突破战略行动",
            "带动我国深海油气开发",
            "山东"  // placeholder: replaced below
    })
    void ordinaryProseNamesNoPlace(String sentence) {
        if (sentence.equals("山东")) {
            assertEquals(List.of("370000"), codes(sentence));
            return;
        }
        List<String> found = new ArrayList<>(codes(sentence));
        found.remove("650000");   // 新疆 may legitimately appear
        assertEquals(List.of(), found, sentence + " -> " + m.find(sentence));
    }

    @Test
    void xinjiangIsNotMatchedInsideLongerWordsAndOneCharNeverMatchesAlone() {
        assertEquals(List.of("650000"), codes("新疆"));
        assertEquals(List.of(), codes("疆"));
        assertEquals(List.of(), codes("援疆省市前方指挥部"));
        assertEquals(List.of("650000", "650000"), codes("新疆各族干部群众。王沪宁同志来疆调研"));
        assertEquals(List.of("650000", "653200", "653227"), codes("新疆和田地区民丰县35公里锁边固沙任务"));
        assertEquals(List.of(), codes("和"));
        assertEquals(List.of(), codes("克"));
    }

    // ---------------------------------------------------------------- offsets, line breaks, helpers

    @Test
    void offsetsPointIntoTheOriginalTextAcrossLineBreaks() {
        String text = "记者报道：\n今年，呼图\n壁县政务服务中心在塔克\n拉玛干沙漠边缘";
        List<RegionMention> found = m.find(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("呼图壁县", found.get(0).text());
        assertEquals(text.indexOf("呼图"), found.get(0).offset());
        assertEquals("652323", found.get(0).place().code());
    }

    @Test
    void distinctAndMostSpecificPlaces() {
        List<RegionMention> found = m.find("新疆昌吉州呼图壁县。昌吉州、新疆、和田地区");
        assertEquals(List.of("650000", "652300", "652323", "653200"),
                RegionMatcher.distinctPlaces(found).stream().map(Place::code).toList());
        assertEquals(List.of("652323", "653200"), m.mostSpecificPlaces(found).stream().map(Place::code).toList());
        assertEquals(List.of(), RegionMatcher.distinctPlaces(List.of()));
    }

    @Test
    void matchingAllFivePagesTakesMilliseconds() throws IOException {
        List<String> pages = new ArrayList<>();
        for (String id : RegionSeedRecallTest.PAGES) {
            pages.add(RegionSeedRecallTest.page(id));
        }
        long best = Long.MAX_VALUE;
        int mentions = 0;
        for (int round = 0; round < 10; round++) {
            long t0 = System.nanoTime();
            mentions = 0;
            for (String p : pages) {
                mentions += m.find(p).size();
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("five pages (%d mentions): best %.2f ms%n", mentions, best / 1e6);
        assertTrue(best < 200_000_000L, "took " + best / 1e6 + " ms");
    }
}

package org.regionaltimeline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectRecognizerTest {

    private final ProjectRecognizer recognizer = new ProjectRecognizer();

    private List<String> names(String text) {
        return recognizer.find(text).stream().map(ProjectMention::canonicalName).toList();
    }

    @Test
    void aNamedProjectStartsAfterTheVerb() {
        assertTrue(names("双方签订伊犁河谷智慧物流产业园项目投资协议书。").contains("伊犁河谷智慧物流产业园项目"));
    }

    @Test
    void aNameStartsAfterTheClauseAndTheDate() {
        assertTrue(names("11月3日，奎屯—独山子经济技术开发区与企业签约。").contains("奎屯—独山子经济技术开发区"));
    }

    @Test
    void quotedNamesWithAHeadWord() {
        assertEquals(List.of("“千村示范”工程"), names("全县扎实推进“千村示范”工程。").stream().filter(n -> n.contains("千村")).toList());
    }

    @Test
    void aQuotedTermTheStoryRepeatsIsAName() {
        List<String> found = names("县里把“最多跑一次”作为抓手。群众说，“最多跑一次”让办事更方便。");
        assertTrue(found.contains("“最多跑一次”"), found.toString());
    }

    @Test
    void genericHeadsAreNotNames() {
        List<String> found = names("该项目总投资5亿元，一期项目明年投产，重点工程进展顺利，以实际行动推进。");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void spellingsShareAMergeKey() {
        assertEquals(ProjectNames.key("三北工程"), ProjectNames.key("“三北”工程"));
        assertEquals(ProjectNames.key("国冶黄金股份有限公司(筹)"), ProjectNames.key("国冶黄金股份有限公司（筹）"));
    }

    @Test
    void companiesBeingFoundedAreProjects() {
        List<String> found = names("央企将在阿勒泰地区筹建国冶黄金股份有限公司（筹）。");
        assertTrue(found.stream().anyMatch(n -> n.startsWith("国冶黄金股份有限公司")), found.toString());
    }

    @Test
    void slugsAreReadableStableAscii() {
        assertEquals("san-bei-gong-cheng", Slugs.slug("“三北”工程"));
        assertEquals(Slugs.slug("三北工程"), Slugs.slug("“三北”工程"));
        String longSlug = Slugs.slug("亚欧新能源汽车供应链智慧物流产业园项目二期三期四期配套基础设施建设工程");
        assertTrue(longSlug.length() <= 67 && longSlug.matches("[a-z0-9-]+"), longSlug);
        assertFalse(Slugs.slug("2024年全国龙头企业进新疆对接活动").isBlank());
    }

    @Test
    void descriptionsEndingInAHeadWordAreNotNames() {
        // sentences from the 阿勒泰日报 and 昌吉日报 seed pages
        List<String> found = names("加快建设锂电产业集群、直播电商基地，推动现代化产业集群发展，开展法治宣传教育活动，"
                + "实施一批重大生态保护修复项目，打造百亿级产业集群，建成州3级现代农业产业园，以具体实践行动落实。");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void somethingDistinctiveMakesAName() {
        assertTrue(names("推进塔克拉玛干沙漠边缘阻击战。").contains("塔克拉玛干沙漠边缘阻击战"));
        assertTrue(names("参加2024年全国龙头企业进新疆对接活动。").contains("2024年全国龙头企业进新疆对接活动"));
        assertTrue(names("签订亚欧新能源汽车供应链智慧物流产业园项目投资协议书。").contains("亚欧新能源汽车供应链智慧物流产业园项目"));
        assertTrue(names("成立新疆北疆科普场馆联盟。").contains("新疆北疆科普场馆联盟"));
        assertTrue(names("神舟二十一号载人飞船发射成功。").contains("神舟二十一号载人飞船"));
        ProjectRecognizer withPlaces = new ProjectRecognizer(text -> text.contains("昌吉"));
        assertTrue(withPlaces.find("在昌吉国家农业高新技术产业示范区召开。").stream()
                .anyMatch(m -> m.canonicalName().equals("昌吉国家农业高新技术产业示范区")));
    }

    @Test
    void aQuotedCoreOfANameIsNotASecondName() {
        List<String> found = names("“智慧电力”系统上线。“智慧电力”让监测更及时，“智慧电力”系统覆盖全区。");
        assertEquals(List.of("“智慧电力”系统"), found);
    }

    @Test
    void aSizeMakesAPlainNameSpecificAndAShortFormIsAnAlias() {
        List<ProjectMention> sized = recognizer.find("3046公里绿色阻沙防护带实现锁边“合龙”。");
        assertEquals(List.of("3046公里绿色阻沙防护带"), sized.stream().map(ProjectMention::canonicalName).toList());
        assertEquals(List.of("绿色阻沙防护带"), sized.get(0).aliases());

        List<ProjectMention> story = recognizer.find("长达2761公里的绿色阻沙防护带将绿洲连点成线。塔克拉玛干沙漠绿色阻沙防护带锁边“合龙”顺利完成。");
        assertEquals(List.of("塔克拉玛干沙漠绿色阻沙防护带"), story.stream().map(ProjectMention::canonicalName).toList());
        assertEquals(List.of("绿色阻沙防护带"), story.get(0).aliases());
    }
}

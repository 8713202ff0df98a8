package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageSegmenterBylinesTest {

    @Test
    void benbaoxunWithBracketedReporters() {
        Bylines.Lead lead = Bylines.parseLead("本报讯(记者 胡俊秀 王宽)5月29日，阿勒泰地委召开会议。");
        assertEquals("本报讯(记者 胡俊秀 王宽)", lead.byline());
        assertEquals("5月29日，阿勒泰地委召开会议。", lead.rest());
        assertNull(lead.dateline());
        assertNull(lead.source());
    }

    @Test
    void benbaoxunWithReportsColon() {
        Bylines.Lead lead = Bylines.parseLead("本报讯 记者刘茜、通讯员马蓉报道：11月20日下午，双方签订协议。");
        assertEquals("本报讯 记者刘茜、通讯员马蓉报道：", lead.byline());
        assertEquals("11月20日下午，双方签订协议。", lead.rest());
    }

    @Test
    void bareBenbaoxun() {
        Bylines.Lead lead = Bylines.parseLead("本报讯 中国冶金地质总局将在新疆阿勒泰地区筹建一家公司。");
        assertEquals("本报讯", lead.byline());
        assertEquals("中国冶金地质总局将在新疆阿勒泰地区筹建一家公司。", lead.rest());
    }

    @Test
    void agencyDatelineWithReporters() {
        Bylines.Lead lead = Bylines.parseLead("新华社乌鲁木齐11月28日电（记者尚升、杨林）28 日上午，防护带实现全面锁边“合龙”。");
        assertEquals("新华社乌鲁木齐11月28日电（记者尚升、杨林）", lead.byline());
        assertEquals("新华社乌鲁木齐11月28日电", lead.dateline());
        assertEquals("新华社", lead.source());
        assertEquals("28 日上午，防护带实现全面锁边“合龙”。", lead.rest());
    }

    @Test
    void agencyDatelineWithoutReporters() {
        Bylines.Lead lead = Bylines.parseLead("新华社北京5月28日电 中共中央党史和文献研究院编辑的文集出版。");
        assertEquals("新华社北京5月28日电", lead.byline());
        assertEquals("新华社北京5月28日电", lead.dateline());
        assertEquals("中共中央党史和文献研究院编辑的文集出版。", lead.rest());
    }

    @Test
    void paperDatelines() {
        Bylines.Lead lead = Bylines.parseLead("本报乌鲁木齐5月28日讯（记者 张三）当天，会议召开。");
        assertEquals("本报乌鲁木齐5月28日讯（记者 张三）", lead.byline());
        assertEquals("本报乌鲁木齐5月28日讯", lead.dateline());
        Bylines.Lead placeOnly = Bylines.parseLead("本报伊宁讯（通讯员 李四）近日，活动举行。");
        assertEquals("本报伊宁讯", placeOnly.dateline());
        assertEquals("近日，活动举行。", placeOnly.rest());
    }

    @Test
    void reporterReportsWithoutBenbaoxun() {
        Bylines.Lead lead = Bylines.parseLead("记者孙学良报道：昌吉州党委常委会召开会议。");
        assertEquals("记者孙学良报道：", lead.byline());
    }

    @Test
    void ordinaryParagraphsHaveNoLead() {
        assertNull(Bylines.parseLead("5月25日，记者从阿勒泰市医疗保障局了解到，该局增设热线。"));
        assertNull(Bylines.parseLead("本报记者近日从电力公司了解到，工程已开工。"));
        assertNull(Bylines.parseLead("新疆维吾尔自治区林业和草原局数据显示，防护带已建成。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"□工人日报记者/徐新星 吴泽思", "◆ 昌平", "□新疆日报评论员", "□石榴云/新疆日报记者", "□实习记者 叶丽娜·努坤",
            "记者 张三 李四", "本报记者 王宽 通讯员 古丽", "文/张三"})
    void bylineLines(String line) {
        assertTrue(Bylines.isBylineLine(line), line);
        assertTrue(Bylines.opensArticle(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"记者深入采访了当地的企业负责人", "◆ 强化基层治理能力建设全面推进乡村振兴", "□本报记者 陶维明摄",
            "昌吉州党委常委会召开会议"})
    void notBylineLines(String line) {
        assertFalse(Bylines.isBylineLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"□本报记者 陶维明摄", "通讯员 巴特尔汉·别尔马汉 摄", "贾登峪消防救援站供图", "本报记者 孙学良 摄",
            "图片由昌吉农高区提供", "王宽摄"})
    void photoCredits(String line) {
        assertTrue(Bylines.isPhotoCredit(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"共绘发展新蓝图", "无人机航拍摄", "他们为群众提供了便利。", "昌吉州党委常委会召开会议"})
    void notPhotoCredits(String line) {
        assertFalse(Bylines.isPhotoCredit(line), line);
    }

    @Test
    void inlinePhotoCredit() {
        assertArrayEquals(new String[] {"图为曾艳阳实地察看企业生产运行情况。", "本报记者 孙学良 摄"},
                Bylines.splitInlinePhotoCredit("图为曾艳阳实地察看企业生产运行情况。 本报记者 孙学良 摄"));
        assertNull(Bylines.splitInlinePhotoCredit("会议还研究审议了其他事项。"));
    }

    @Test
    void trailingCredits() {
        assertArrayEquals(new String[] {"", "(据6月25日《新疆日报》)"}, Bylines.splitTrailingCredit("(据6月25日《新疆日报》)"));
        assertTrue(Bylines.isTrailingCreditLine("(人民日报记者喻思南、王昊男参与采写)"));
        assertArrayEquals(new String[] {"奠定坚实基础。", "（记者张云梅，通讯员程勇）"},
                Bylines.splitTrailingCredit("奠定坚实基础。（记者张云梅，通讯员程勇）"));
        assertNull(Bylines.splitTrailingCredit("市政府发布清单（以下简称“清单”）"));
        assertNull(Bylines.splitTrailingCredit("地直有关部门(单位)负责同志参加会议。"));
    }

    @Test
    void sources() {
        assertEquals("新疆日报", Bylines.sourceOf("(据6月25日《新疆日报》)"));
        assertEquals("新疆日报", Bylines.sourceOf("(据石榴云/新疆日报)"));
        assertEquals("新疆日报", Bylines.sourceOf("□石榴云/新疆日报记者"));
        assertEquals("新疆日报", Bylines.sourceOf("□新疆日报评论员"));
        assertEquals("工人日报", Bylines.sourceOf("□工人日报记者/徐新星 吴泽思"));
        assertEquals("人民日报", Bylines.sourceOf("(人民日报记者喻思南、王昊男参与采写)"));
        assertNull(Bylines.sourceOf("本报讯(克拉玛依融媒记者李灿雅 通讯员张笑添)"));
        assertNull(Bylines.sourceOf("□实习记者 叶丽娜·努坤"));
        assertNull(Bylines.sourceOf("本报记者 孙学良"));
    }
}

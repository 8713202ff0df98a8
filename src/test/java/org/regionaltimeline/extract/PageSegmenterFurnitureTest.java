package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageSegmenterFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"总第10246期", "今日4版", "今日 8 版", "E-mail: aletaibao@126.com", "新闻热线：", "0906-2315631",
            "扫描下方二维码客户端", "获取更多新闻资讯", "责任编辑：王五", "版式：赵六", "2023年5月30日", "2023年5月30日 星期二",
            "2023年5月30日 癸卯年四月十二 星期二", "癸卯年四月十二", "星期二", "中共昌吉回族自治州委员会主管主办", "昌吉州融媒体中心出版",
            "奋进强国路奋进强国路 阔步新征程阔步新征程", "国内统一连续出版物号 CN65-0012", "第3版", "A2", "伊犁日报",
            "伊犁哈萨克自治州党委机关报", "第12345期 今日8版", "2024年7月12日 星期五", "---", "＊＊＊",
            "http://www.xjdaily.com"})
    void furniture(String line) {
        assertTrue(PageFurniture.isFurniture(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"昌吉州党委常委会召开会议", "习近平同志《论科技自立自强》出版发行", "锚定现代化 改革再深化",
            "5月29日，阿勒泰地委召开第二十二次地委委员会(扩大)会议。", "全州首个新能源汽车产业园明年开建", "2024年全国龙头企业进新疆对接活动举行",
            "伊犁日报社举办读者开放日", "第三届职业技能大赛开幕", "联系电话：0992-3221234"})
    void notFurniture(String line) {
        assertFalse(PageFurniture.isFurniture(line), line);
    }

    @Test
    void continuationMarkers() {
        assertTrue(PageFurniture.isContinuationLine("（上接第一版）"));
        assertTrue(PageFurniture.isContinuationLine("(下转第2版)"));
        assertEquals("下转第二版", PageFurniture.continuationMarker("向“产业经济”转变。（下转第二版）"));
        assertEquals("向“产业经济”转变。", PageFurniture.removeContinuationMarkers("向“产业经济”转变。（下转第二版）"));
        assertTrue(PageFurniture.isContinuedFrom("上接第一版"));
        assertFalse(PageFurniture.isContinuedFrom("下转第二版"));
        assertNull(PageFurniture.continuationMarker("（以下简称“清单”）"));
    }

    @Test
    void pageReferences() {
        assertTrue(PageFurniture.isPageReference("▲03版/04版▼"));
        assertTrue(PageFurniture.isPageReference("（习近平同志《论科技自立自强》主要篇目介绍见第二版）"));
        assertTrue(PageFurniture.isPageReference("详见第3版"));
        assertFalse(PageFurniture.isPageReference("（上接第一版）"));
        assertFalse(PageFurniture.isPageReference("全州首个新能源汽车产业园明年开建"));
    }
}

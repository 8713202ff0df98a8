package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSegmenterHeadlinesTest {

    @Test
    void candidates() {
        assertEquals(Headlines.STRONG, Headlines.candidate("昌吉州党委常委会召开会议"));
        assertEquals(Headlines.STRONG, Headlines.candidate("增设服务热线、执行首接负责制……"));
        assertEquals(Headlines.WEAK, Headlines.candidate("贯彻自治区党委十届八次全会精神，我区各地各部门表示——"));
        assertEquals(Headlines.NONE, Headlines.candidate("会议还研究审议了其他事项。"));
        assertEquals(Headlines.NONE, Headlines.candidate("阿勒泰市医保热线电话："));
        assertEquals(Headlines.NONE, Headlines.candidate("（上接第一版）"));
        assertEquals(Headlines.NONE, Headlines.candidate("□本报记者 陶维明摄"));
        assertEquals(Headlines.NONE, Headlines.candidate("本报讯 记者刘茜、通讯员马蓉"));
        assertEquals(Headlines.NONE, Headlines.candidate("这是一段很长的正文没有标点但是长度已经远远超过了一个标题可以拥有的字数上限所以它不可能是标题而只能是正文的一部分内容"));
        assertTrue(Headlines.endsDangling("当一只产自浙江金华永康的"));
        assertFalse(Headlines.endsDangling("在激烈国际竞争中"));
    }

    @Test
    void labelsLeadInsAndDecks() {
        assertTrue(Headlines.isColumnLabel("今日评点"));
        assertTrue(Headlines.isColumnLabel("民生连线"));
        assertFalse(Headlines.isColumnLabel("爱路护路从我做起"));
        assertTrue(Headlines.isCommentaryLabel("今日评点"));
        assertTrue(Headlines.isCommentaryLabel("短评"));
        assertFalse(Headlines.isCommentaryLabel("民生连线"));
        assertTrue(Headlines.isLeadIn("贯彻自治区党委十届八次全会精神，我区各地各部门表示——"));
        assertTrue(Headlines.isLeadIn("增设服务热线、执行首接负责制……"));
        assertTrue(Headlines.isDeck("——论贯彻落实自治区党委十届八次全会精神"));
    }

    @Test
    void contactLinesAreNoHeadlines() {
        assertEquals(Headlines.NONE, Headlines.candidate("联系电话 0992-3221234"));
        assertEquals(Headlines.NONE, Headlines.candidate("投稿邮箱 news@example.com"));
    }

    @Test
    void colonLeadsAndTimeFrames() {
        assertTrue(Headlines.isColonLead("察布查尔县："));
        assertFalse(Headlines.isColonLead("阿勒泰市医保热线电话为了方便群众办事特别设立："));
        assertFalse(Headlines.isColonLead("他说，我们要："));
        assertTrue(Headlines.isLeadIn("三八妇女节前夕"));
        assertTrue(Headlines.isLeadIn("新中国成立75周年之际"));
        assertFalse(Headlines.isLeadIn("喀什地区表彰"));
    }

    @Test
    void titlesWrappedByANarrowColumnAreJoined() {
        assertTrue(Headlines.shouldJoinWrapped("莎车县巴旦木", "种植面积达百万亩"));
        assertFalse(Headlines.shouldJoinWrapped("三八妇女节前夕", "喀什地区表彰先进"));
        assertFalse(Headlines.shouldJoinWrapped("传达学习贯彻习近平总书记重要讲话精神", "研究部署城市规划建设"));
    }

    @Test
    void titlesBrokenOverTwoLinesAreJoined() {
        assertTrue(Headlines.shouldJoin("在激烈国际竞争中", "赢得战略主动"));
        assertTrue(Headlines.shouldJoin("我国最大沙漠实现3046公里", "生态屏障全面锁边“合龙”"));
        assertTrue(Headlines.shouldJoin("雪域林海间的", "“火焰蓝”守护"));
        assertFalse(Headlines.shouldJoin("昌吉州党委常委会召开会议", "传达学习贯彻习近平总书记重要讲话重要致辞精神"));
        assertFalse(Headlines.shouldJoin("全州首个新能源汽车产业园明年开建", "项目落户昌吉农高区 总投资7.4亿元"));
        assertFalse(Headlines.shouldJoin("抓住机遇扬长补短", "——论贯彻落实全会精神"));
    }

    @Test
    void markdownLevelChoosesTheTitle() {
        List<String> lines = List.of("新疆北疆科普场馆联盟大会暨科普产业推介会在克召开", "助推北疆科普资源整合与协同发展");
        assertEquals(1, Headlines.chooseTitle(lines, List.of(2, 1)));
    }

    @Test
    void withoutMarkdownTheNewsLineWins() {
        // banner + factual line
        assertEquals(1, Headlines.chooseTitle(List.of("学习贯彻党的二十届四中全会精神", "地区信访工作联席会议2025年第二次全体会议召开"),
                List.of(0, 0)));
        // title + two decks
        assertEquals(0, Headlines.chooseTitle(List.of("昌吉州党委常委会召开会议", "传达学习贯彻习近平总书记重要讲话重要致辞精神",
                "研究部署城市规划建设、安全稳定、“两新”工作等"), List.of(0, 0, 0)));
        // lead-in ending with a dash is never the title
        assertEquals(1, Headlines.chooseTitle(List.of("贯彻全会精神，我区各地各部门表示——", "努力在高质量发展中闯出新路子"), List.of(0, 0)));
        // two parallel phrases with a space are a deck
        assertEquals(0, Headlines.chooseTitle(List.of("全州首个新能源汽车产业园明年开建", "项目落户昌吉农高区 总投资7.4亿元"), List.of(0, 0)));
        // the catch phrase in quotes beats the plain lead-in
        assertEquals(1, Headlines.chooseTitle(List.of("呼图壁县持续优化政务服务", "“高效办成一件事”办进群众心坎里"), List.of(0, 0)));
        // column labels are skipped
        assertEquals(1, Headlines.chooseTitle(List.of("今日评点", "让美丽庭州画卷徐徐展开"), List.of(2, 3)));
    }
}

package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Test
    void joinsANumberBrokenAcrossABlankLine() {
        List<String> paras = LineJoiner.paragraphs(List.of("一期项目投资额约0.94亿元，将于2025", "", "年4月开工建设；二期项目计划建设4.6",
                "万平方米汽车产业园项目。"));
        assertEquals(List.of("一期项目投资额约0.94亿元，将于2025年4月开工建设；二期项目计划建设4.6万平方米汽车产业园项目。"), paras);
    }

    @Test
    void joinsAWordBrokenAcrossLinesAndStartsAParagraphAfterASentence() {
        List<String> paras = LineJoiner.paragraphs(List.of("马兴瑞指出,要深学细悟笃行习近平总", "", "书记重要讲话精神。",
                "", "刘国洪指出,要稳扎稳打。"));
        assertEquals(List.of("马兴瑞指出,要深学细悟笃行习近平总书记重要讲话精神。", "刘国洪指出,要稳扎稳打。"), paras);
    }

    @Test
    void aLineOpeningWithAClosingMarkAlwaysContinues() {
        assertEquals(List.of("他说：“我们今天特意来大采购！”大家都笑了。"),
                LineJoiner.paragraphs(List.of("他说：“我们今天特意来大采购！", "”大家都笑了。")));
    }

    @Test
    void keepsASpaceOnlyBetweenLatinLetters() {
        assertEquals("new energy", LineJoiner.join("new", "energy"));
        assertEquals("新能源", LineJoiner.join("新", "能源"));
        assertEquals("2025年", LineJoiner.join("2025", "年"));
    }

    @Test
    void sentenceEnds() {
        assertTrue(LineJoiner.endsSentence("会议还研究审议了其他事项。"));
        assertTrue(LineJoiner.endsSentence("“本以为一天办不完。”"));
        assertTrue(LineJoiner.endsSentence("奏响“变奏曲”……"));
        assertTrue(LineJoiner.endsSentence("向“产业经济”转变。（下转第二版）"));
        assertTrue(LineJoiner.endsSentence("(据6月25日《新疆日报》)"));
        assertFalse(LineJoiner.endsSentence("国冶黄金股份有限公司(筹)"));
        assertFalse(LineJoiner.endsSentence("习近平总"));
        assertFalse(LineJoiner.endsSentence("阿勒泰市医保热线电话："));
    }

    @Test
    void listItemsAfterAColonStayApart() {
        assertEquals(List.of("阿勒泰市医保热线电话：", "0906-2100633 业务咨询", "0906-2102022 政策解答"),
                LineJoiner.paragraphs(List.of("阿勒泰市医保热线电话：", "0906-2100633 业务咨询", "0906-2102022 政策解答")));
        // a number broken over two lines is still one number
        assertEquals(List.of("投资额约2.5亿元；三期项目投资额约4亿元。"),
                LineJoiner.paragraphs(List.of("投资额约", "2.5亿元；三期项目投资额约4亿元。")));
    }

    @Test
    void aHeadlineLineStandingAloneStaysAParagraph() {
        List<String> paras = LineJoiner.paragraphs(List.of("老口岸焕发新活力。", "", "老口岸上向西开放新起点", "",
                "“这里有很多国家的免税产品！”5月17日，商品城里人头攒动。"));
        assertEquals(3, paras.size());
        assertEquals("老口岸上向西开放新起点", paras.get(1));
    }

    @Test
    void bylinesCreditsAndHeadlineBlocksKeepTheirOwnParagraphs() {
        List<String> paras = LineJoiner.paragraphs(List.of(
                "昌吉州党委常委会召开会议", "", "传达学习贯彻重要讲话精神", "研究部署城市规划建设工作等", "",
                "本报讯 记者刘茜、通讯员马蓉", "报道：11月20日下午，双方签", "订协议。", "",
                "□本报记者 陶维明摄", "新华社乌鲁木齐11月28日电", "（记者尚升）28 日上午，防护带合龙。"));
        assertEquals(List.of("昌吉州党委常委会召开会议", "传达学习贯彻重要讲话精神", "研究部署城市规划建设工作等",
                "本报讯 记者刘茜、通讯员马蓉报道：11月20日下午，双方签订协议。", "□本报记者 陶维明摄",
                "新华社乌鲁木齐11月28日电（记者尚升）28 日上午，防护带合龙。"), paras);
    }
}

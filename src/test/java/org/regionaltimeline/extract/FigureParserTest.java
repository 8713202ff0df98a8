package org.regionaltimeline.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureParserTest {

    private static Figure only(String sentence) {
        List<Figure> figures = FigureParser.parse(sentence);
        assertEquals(1, figures.size(), figures.toString());
        return figures.get(0);
    }

    @Test
    void amountsOfMoneyWithTheirLabel() {
        Figure f = only("项目总投资7.4亿元，分三期建设。");
        assertEquals("总投资7.4亿元", f.text());
        assertEquals(new BigDecimal("740000000"), f.value());
        assertEquals("CNY", f.unit());
        assertEquals(new BigDecimal("94000000"), only("投资额约0.94亿元").value());
        assertEquals(new BigDecimal("35000000"), only("争取资金3500万元").value());
    }

    @Test
    void lengthsAreasPeopleAndShares() {
        assertEquals("km", only("全长3046公里的防护带").unit());
        Figure area = only("计划建设4.6万平方米汽车产业园");
        assertEquals(new BigDecimal("46000"), area.value());
        assertEquals("m2", area.unit());
        assertEquals("mu", only("完成造林面积30万亩").unit());
        assertEquals("person", only("52位与会代表参加").unit());
        assertEquals("person-times", only("接待游客12万人次").unit());
        assertEquals(new BigDecimal("12"), only("同比增长12%").value());
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertEquals(new BigDecimal("3046"), only("全长３０４６公里").value());
    }

    @Test
    void ordinalsAreNotAmounts() {
        assertTrue(FigureParser.parse("第3个项目开工").isEmpty());
    }
}

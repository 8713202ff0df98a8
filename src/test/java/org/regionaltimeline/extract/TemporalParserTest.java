package org.regionaltimeline.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporalParserTest {

    private final TemporalParser parser = new TemporalParser();

    private TemporalExpression longest(String text, String reference) {
        return parser.parse(text, LocalDate.parse(reference)).stream()
                .max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
    }

    @ParameterizedTest(name = "{0} @ {1} → {2}..{3} {4}")
    @CsvSource(delimiter = '|', value = {
            // full dates, full-width digits, Chinese numerals, OCR spaces
            "2023年7月1日，新馆正式开馆。|2024-11-29|2023-07-01|2023-07-01|DAY",
            "２０２３年７月１日，新馆正式开馆。|2024-11-29|2023-07-01|2023-07-01|DAY",
            "二〇二三年七月一日，新馆正式开馆。|2024-11-29|2023-07-01|2023-07-01|DAY",
            "十月八日，县里召开动员会。|2024-11-29|2024-10-08|2024-10-08|DAY",
            "11 月 3 日，县里召开动员会。|2024-11-29|2024-11-03|2024-11-03|DAY",
            // year-less dates: a date after the issue is last year's, unless the sentence looks ahead
            "12月20日，首批货物抵达口岸。|2025-01-05|2024-12-20|2024-12-20|DAY",
            "项目预计3月竣工投产。|2025-11-26|2026-03-01|2026-03-31|MONTH",
            // relative years and months
            "去年8月，园区二期开工。|2025-03-10|2024-08-01|2024-08-31|MONTH",
            "明年5月，大桥将建成通车。|2024-11-29|2025-05-01|2025-05-31|MONTH",
            "今年，全县新增就业岗位3000个。|2024-11-29|2024-01-01|2024-12-31|YEAR",
            "本月10日，新一批志愿者到岗。|2025-11-26|2025-11-10|2025-11-10|DAY",
            // parts of a year
            "去年底，全州新能源装机突破千万千瓦。|2025-02-01|2024-12-01|2024-12-31|MONTH",
            "2024年初，示范区启动建设。|2025-02-01|2024-01-01|2024-01-31|MONTH",
            "上半年，全区旅游收入同比增长20%。|2024-08-01|2024-01-01|2024-06-30|QUARTER",
            "三季度，园区产值再创新高。|2024-11-01|2024-07-01|2024-09-30|QUARTER",
            // ranges
            "7月10日至12日，博览会在乌鲁木齐举办。|2024-08-01|2024-07-10|2024-07-12|DAY",
            "9月28日—10月3日，文化节在伊宁举行。|2024-10-20|2024-09-28|2024-10-03|DAY",
            // holidays
            "今年国庆期间，景区接待游客12万人次。|2025-11-26|2025-10-01|2025-10-31|MONTH"
    })
    void normalizes(String text, String reference, String start, String end, Precision precision) {
        TemporalExpression e = longest(text, reference);
        assertEquals(LocalDate.parse(start), e.date().start(), e.toString());
        assertEquals(LocalDate.parse(end), e.date().end(), e.toString());
        assertEquals(precision, e.date().precision(), e.toString());
    }

    @Test
    void timeOfDayIsKept() {
        assertEquals(TimeOfDay.AFTERNOON, longest("11月20日下午，双方签订协议。", "2024-11-29").timeOfDay());
        assertEquals(TimeOfDay.MORNING, longest("28日上午，防护带锁边合龙。", "2024-11-28").timeOfDay());
        assertEquals(TimeOfDay.EVENING, longest("6月1日晚，文艺晚会在广场举行。", "2024-06-02").timeOfDay());
    }

    @Test
    void aDayAloneTakesTheReferenceMonth() {
        TemporalExpression e = longest("28日上午，在于田县，防护带实现锁边。", "2024-11-28");
        assertEquals(LocalDate.of(2024, 11, 28), e.date().start());
    }

    @Test
    void recentlyIsApproximateAtMonthPrecision() {
        TemporalExpression e = longest("该书近日由中央文献出版社出版。", "2023-05-30");
        assertTrue(e.approximate());
        assertEquals(Precision.MONTH, e.date().precision());
        assertEquals(LocalDate.of(2023, 5, 1), e.date().start());
    }

    @Test
    void numbersThatAreNotDatesAreIgnored() {
        List<String> notDates = List.of("总投资7.4亿元，建设3046公里防护带。", "神舟二十一号载人飞船发射成功。",
                "“深海一号”二期大气田全面投产。", "服务热线24小时开通，电话0906-2315631。", "同比增长12%，5G基站达到1200个。",
                "《克拉玛依市知识产权保险产品清单(2025年版)》发布。");
        for (String text : notDates) {
            List<TemporalExpression> found = parser.parse(text, LocalDate.of(2025, 11, 26));
            assertTrue(found.isEmpty(), text + " → " + found);
        }
    }

    @Test
    void anImpossibleDateIsNotADate() {
        assertNull(longest("13月45日，无效日期。", "2024-11-29"));
    }
}

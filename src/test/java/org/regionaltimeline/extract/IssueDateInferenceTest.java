package org.regionaltimeline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IssueDateInferenceTest {

    @Test
    void aPrintedIssueDateWithItsWeekdayWins() {
        String page = "\n\n2023年5月30日\n癸卯年四月十二\n星期二\n\n总第10246期\n\n本报讯 5月29日，地委召开会议。\n";
        assertEquals(Optional.of(LocalDate.of(2023, 5, 30)), IssueDateInference.infer(page));
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertEquals(Optional.of(LocalDate.of(2024, 11, 29)), IssueDateInference.infer("２０２４年１１月２９日 星期五\n\n正文。"));
    }

    @Test
    void withoutAPrintedDateThePaperIsTheDayAfterItsLatestNews() {
        String page = "2024年全国龙头企业进新疆对接活动举行\n\n本报讯 11月26日下午，对接会举行。\n\n"
                + "新华社乌鲁木齐11月28日电 28日上午，防护带实现全面锁边。项目将于2025年4月开工。2024年以来，成效明显。";
        assertEquals(Optional.of(LocalDate.of(2024, 11, 29)), IssueDateInference.infer(page));
    }

    @Test
    void aPageWithoutAnyYearHasNoInferredDate() {
        assertEquals(Optional.empty(), IssueDateInference.infer("8月15日，州党委书记来到兵团第六师五家渠市调研。"));
    }

    @Test
    void aDateInsideASentenceIsNotAnIssueDate() {
        String page = "据悉，该项目于2023年5月30日在北京签约，总投资7.4亿元，计划2025年投产。";
        assertEquals(Optional.of(LocalDate.of(2023, 5, 31)), IssueDateInference.infer(page));
    }
}

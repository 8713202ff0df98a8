package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageSegmenterTextTest {

    @Test
    void normalizesLineBreaksSpacesAndInvisibleCharacters() {
        String raw = "\uFEFF 标题\u200B一\r\n\r\n本报讯\u3000记者\u00A0张三\t报道：\u3000\u3000正文。\rX";
        assertEquals("标题一\n\n本报讯 记者 张三 报道： 正文。\nX", PageText.normalize(raw));
        assertEquals("", PageText.normalize(null));
    }

    @Test
    void keepsPrintedSpacesInsideALine() {
        assertEquals("11 月 26日下午", PageText.normalize("11 月 26日下午  "));
    }

    @Test
    void markdownHeadings() {
        assertEquals(1, PageText.markdownLevel("# 助推北疆科普资源整合与协同发展"));
        assertEquals(3, PageText.markdownLevel("### 让美丽庭州画卷徐徐展开"));
        assertEquals(0, PageText.markdownLevel("#话题 不是标题"));
        assertEquals(0, PageText.markdownLevel("正文"));
        assertEquals("让美丽庭州画卷徐徐展开", PageText.stripMarkdown("### 让美丽庭州画卷徐徐展开"));
        assertEquals("重点", PageText.stripMarkdown("**重点**"));
    }

    @Test
    void cleanDropsFurnitureAndRejoinsLines() {
        String page = "总第10246期\n今日4版\n\n新闻热线：\n0906-2315631\n\n# 大标题\n\n本报讯 记者张三 报道：将于2025\n\n年4月开工。\n";
        String clean = PageText.clean(page);
        assertEquals("大标题\n本报讯 记者张三 报道：将于2025年4月开工。", clean);
        assertFalse(clean.contains("总第"));
        assertTrue(clean.contains("2025年4月"));
    }
}

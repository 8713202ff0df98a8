package org.regionaltimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins lines that a PDF/OCR layout broke in the middle of a sentence (or a word, or a number).
 *
 * <p>The rule is typographic, not lexical: a line is continued by the next non-blank line when it does not end a
 * sentence ({@link #endsSentence(String)}), whatever the number of blank lines in between (a blank line inside a
 * paragraph is where a PDF column broke: {@code "将于2025\n\n年4月开工建设"} → {@code "将于2025年4月开工建设"}). Chinese
 * text is joined without a space; a space is kept only between two Latin letters ({@code "new\nenergy"}).
 * A line that does end a sentence starts a new paragraph (so narrow-column text may be split into more paragraphs
 * than were printed, never fewer sentences).
 */
public final class LineJoiner {

    /** Characters that end a sentence. */
    private static final String FINAL = "。！？!?；;…";
    /** Closing marks that may follow the sentence-final character. */
    private static final String CLOSERS = "”’」』》〉）)】〕\"'";
    /** Characters that can only continue the previous line. */
    private static final String CONTINUERS = "”’」』》〉）)】〕，,。．.、；;：:！!？?…";

    private LineJoiner() {
    }

    /**
     * Whether the text ends a sentence: a final mark ({@code 。！？；…!?;}), optionally followed by closing quotes or
     * brackets, or a closing bracket at all (a credit or marker such as {@code （下转第二版）} closes a paragraph).
     */
    public static boolean endsSentence(String text) {
        if (text == null) {
            return true;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '）' || last == ')' || last == '】') {
            // a bracket closing a paragraph: a credit or marker after a finished sentence ("…。（下转第二版）"),
            // a bracket standing alone, or a bracketed sentence; "…有限公司(筹)" still runs on
            int open = Math.max(s.lastIndexOf('（'), Math.max(s.lastIndexOf('('), s.lastIndexOf('【')));
            if (open < 0) {
                return true;
            }
            String before = s.substring(0, open).strip();
            String inner = s.substring(open + 1, s.length() - 1).strip();
            return before.isEmpty() || endsSentence(before) || (!inner.isEmpty() && endsSentence(inner));
        }
        int i = s.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && FINAL.indexOf(s.charAt(i)) >= 0;
    }

    /** Whether a line can only be the continuation of the previous one (it opens with a closing or inner mark). */
    public static boolean startsWithContinuer(String line) {
        return line != null && !line.isEmpty() && CONTINUERS.indexOf(line.charAt(0)) >= 0;
    }

    /** Joins two pieces of one sentence: no space, except between two Latin letters. */
    public static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(0);
        if (isLatinLetter(x) && isLatinLetter(y)) {
            return a + " " + b;
        }
        return a + b;
    }

    /** Joins all lines into one string with {@link #join(String, String)}, ignoring blank lines. */
    public static String joinAll(List<String> lines) {
        String out = "";
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                out = join(out, line.strip());
            }
        }
        return out;
    }

    /**
     * Whether the next line continues the text so far (same paragraph): it does when the text does not end a sentence
     * or the line opens with a closing mark; it does not when the line starts a list item after a colon
     * ({@code 热线电话：} + {@code 0906-2100633 业务咨询}) or is one more telephone item of a list.
     */
    public static boolean continues(String soFar, String next) {
        if (startsWithContinuer(next)) {
            return true;
        }
        if (endsSentence(soFar)) {
            return false;
        }
        if (next != null && LIST_ITEM.matcher(next).find()) {
            String s = soFar.strip();
            char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
            boolean colon = last == '：' || last == ':';
            boolean phoneAfterItem = PHONE_ITEM.matcher(next).find() && !Character.isDigit(last) && last != '-'
                    && last != '－' && PHONE_ITEM.matcher(lastLineOf(s)).find();
            if (colon || phoneAfterItem) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PHONE_ITEM =
            Pattern.compile("(^|[：:])\\s*(\\d{3,4}[-－])?\\d{7,8}\\b");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(\\d{3,4}[-－]\\d{7,8}|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[、．.](?!\\d)|[①-⑳]|[•·▪●■◆]\\s*\\S)");

    /** Whether a line starts a list item: a telephone number, {@code （一）}, {@code 一、}, {@code 1.}, {@code ①}, a bullet. */
    public static boolean startsListItem(String line) {
        return line != null && LIST_ITEM.matcher(line.strip()).find();
    }

    /** The text after the last list-item start of a paragraph being built (its last printed item). */
    private static String lastLineOf(String paragraph) {
        Matcher m = PHONE_ITEM.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            start = m.start();
        }
        return paragraph.substring(start);
    }

    /**
     * Rebuilds paragraphs from page lines ({@code ""} = blank line). A line continues the paragraph when the paragraph
     * so far does not end a sentence ({@link #continues}). Layout breaks are kept: a block of headline-shaped lines
     * between blank lines ({@link Headlines#candidate} strong, at most 6 lines) gives one paragraph per line unless it
     * continues an unfinished sentence; a byline or dateline line ({@link Bylines#opensArticle}) starts a paragraph;
     * photo credits, bracketed credits, continuation markers and page references stand alone.
     */
    public static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : lines) {
            String line = raw == null ? "" : raw.strip();
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        String cur = null;
        boolean curClosed = false;
        for (List<String> b : blocks) {
            boolean heading = b.size() <= 6 && (cur == null || curClosed || endsSentence(cur))
                    && b.stream().allMatch(l -> Headlines.candidate(l) == Headlines.STRONG);
            if (heading) {
                if (cur != null) {
                    out.add(cur);
                    cur = null;
                }
                out.addAll(b);
                curClosed = true;
                continue;
            }
            for (String line : b) {
                boolean alone = standsAlone(line);
                boolean opens = !alone && Bylines.opensArticle(line);
                if (cur != null && !curClosed && !alone && !opens && continues(cur, line)) {
                    cur = join(cur, line);
                } else {
                    if (cur != null) {
                        out.add(cur);
                    }
                    cur = line;
                }
                curClosed = alone;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    /** Lines that are a paragraph by themselves: photo credits, bracketed credits, markers, byline-only lines. */
    private static boolean standsAlone(String line) {
        return Bylines.isPhotoCredit(line) || Bylines.isTrailingCreditLine(line) || Bylines.isBylineLine(line)
                || PageFurniture.isContinuationLine(line) || PageFurniture.isPageReference(line);
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}

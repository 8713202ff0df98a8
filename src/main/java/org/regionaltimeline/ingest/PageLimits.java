package org.regionaltimeline.ingest;

/** Bounds on raw pages: a newspaper page is 2,000–10,000 characters; 100,000 leaves room for the largest and keeps extraction to seconds. */
final class PageLimits {

    static final int MAX_PAGE_CHARS = 100_000;
    /** The longest sample page has 359 lines; the segmenter's work grows with the line count (about 1 ms a line). */
    static final int MAX_PAGE_LINES = 3_000;

    private PageLimits() {
    }
}

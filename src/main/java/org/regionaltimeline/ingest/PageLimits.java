package org.regionaltimeline.ingest;

/** Bounds on raw pages: a newspaper page is 2,000–10,000 characters; 100,000 leaves room for the largest and keeps extraction to seconds. */
final class PageLimits {

    static final int MAX_PAGE_CHARS = 100_000;

    private PageLimits() {
    }
}

package org.regionaltimeline.ingest;

/** Bounds on raw pages: a newspaper page is tens of KB; anything far larger is not a page. */
final class PageLimits {

    static final int MAX_PAGE_CHARS = 300_000;

    private PageLimits() {
    }
}

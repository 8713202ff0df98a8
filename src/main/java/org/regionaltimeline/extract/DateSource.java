package org.regionaltimeline.extract;

/** Where a page's issue date came from: the caller, the page's own text, or nowhere. */
public enum DateSource {
    GIVEN, INFERRED, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

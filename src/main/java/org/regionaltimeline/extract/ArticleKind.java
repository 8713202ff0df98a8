package org.regionaltimeline.extract;

/** What sort of piece an article is. */
public enum ArticleKind {
    NEWS, COMMENTARY, PHOTO_CAPTION, NOTICE;

    /** {@code news}, {@code commentary}, {@code photo-caption}, {@code notice}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ArticleKind fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}

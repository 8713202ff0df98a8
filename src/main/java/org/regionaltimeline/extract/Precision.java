package org.regionaltimeline.extract;

/** How exact a {@link PartialDate} is: a day, a week, a month, a quarter (or half year), or a whole year. */
public enum Precision {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The lower-case name used on the wire and in the database ({@code day}, {@code month} …). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Precision fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

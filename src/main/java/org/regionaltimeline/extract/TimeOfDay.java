package org.regionaltimeline.extract;

/** The part of the day a happening took place in, when the text says so (上午, 下午, 晚上). */
public enum TimeOfDay {
    MORNING, AFTERNOON, EVENING;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TimeOfDay fromWire(String value) {
        return value == null || value.isBlank() ? null : valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

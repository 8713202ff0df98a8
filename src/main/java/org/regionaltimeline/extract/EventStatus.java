package org.regionaltimeline.extract;

/** Whether a dated happening took place, is planned, or is going on. */
public enum EventStatus {
    HAPPENED, PLANNED, ONGOING;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EventStatus fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

package org.regionaltimeline.extract;

/** GB/T 2260 level of an administrative division. */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RegionLevel fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

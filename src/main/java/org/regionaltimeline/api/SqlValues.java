package org.regionaltimeline.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Conversions of values read by native queries, whose Java types differ between JDBC drivers. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    /** A decimal without trailing zeros that serializes as a plain number: 740000000, 0.94, never 7.4E+8. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

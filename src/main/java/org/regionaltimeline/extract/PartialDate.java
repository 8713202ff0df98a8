package org.regionaltimeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The one date type of the service for dates known only in part: "2024", "2024-11", "2024-11-20", or a range such as
 * 6月24日至26日. {@code start} and {@code end} are inclusive days; {@code precision} says how exact the date is.
 */
public record PartialDate(LocalDate start, LocalDate end, Precision precision) {

    public PartialDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static PartialDate day(LocalDate day) {
        return new PartialDate(day, day, Precision.DAY);
    }

    public static PartialDate month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new PartialDate(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    /** Quarter 1..4 of a year. */
    public static PartialDate quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new PartialDate(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.QUARTER);
    }

    /**
     * The label shown to people and used as the {@code date} field: {@code YYYY-MM-DD} for days and weeks (the first day),
     * {@code YYYY-MM} for months and quarters (the first month), {@code YYYY} for years.
     */
    public String label() {
        return switch (precision) {
            case DAY, WEEK -> start.toString();
            case MONTH, QUARTER -> YearMonth.from(start).toString();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /**
     * Parses an ISO date that may be partial: {@code 2024}, {@code 2024-11} or {@code 2024-11-20}.
     *
     * @throws IllegalArgumentException when the text is not such a date (for example {@code 2024-13-45})
     */
    public static PartialDate parseIso(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no date");
        }
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) {
                return year(Integer.parseInt(t));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return month(ym.getYear(), ym.getMonthValue());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day(LocalDate.parse(t));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: " + t, e);
        }
        throw new IllegalArgumentException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + t);
    }
}

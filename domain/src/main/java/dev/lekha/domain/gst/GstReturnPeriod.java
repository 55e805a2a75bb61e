package dev.lekha.domain.gst;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A monthly GST return period as the GST portal writes it: {@code MMYYYY} ({@code 042025} is April 2025).
 *
 * @param month the calendar month
 */
public record GstReturnPeriod(YearMonth month) implements Comparable<GstReturnPeriod> {

    private static final Pattern TEXT = Pattern.compile("(0[1-9]|1[0-2])([0-9]{4})");

    public GstReturnPeriod {
        if (month == null) {
            throw new InvalidGstValueException("return period month must not be null");
        }
    }

    /** The period containing {@code date}. */
    public static GstReturnPeriod of(LocalDate date) {
        return new GstReturnPeriod(YearMonth.from(date));
    }

    public static GstReturnPeriod of(int year, int month) {
        return new GstReturnPeriod(YearMonth.of(year, month));
    }

    /** Parses {@code MMYYYY}, e.g. {@code 112026}. */
    public static GstReturnPeriod parse(String text) {
        if (text == null || !TEXT.matcher(text.trim()).matches()) {
            throw new InvalidGstValueException("return period '" + text
                    + "' is not of the form MMYYYY (month 01-12 then the year, e.g. 042025 for April 2025)");
        }
        String t = text.trim();
        return of(Integer.parseInt(t.substring(2)), Integer.parseInt(t.substring(0, 2)));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return YearMonth.from(date).equals(month);
    }

    /** The financial year this period belongs to (March 2026 → 2025-26). */
    public FinancialYear financialYear() {
        return FinancialYear.of(firstDay());
    }

    public GstReturnPeriod next() {
        return new GstReturnPeriod(month.plusMonths(1));
    }

    public GstReturnPeriod previous() {
        return new GstReturnPeriod(month.minusMonths(1));
    }

    @Override
    public int compareTo(GstReturnPeriod other) {
        return month.compareTo(other.month);
    }

    /** {@code MMYYYY}. */
    @Override
    public String toString() {
        return String.format("%02d%04d", month.getMonthValue(), month.getYear());
    }
}

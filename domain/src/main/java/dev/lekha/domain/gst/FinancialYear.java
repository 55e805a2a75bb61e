package dev.lekha.domain.gst;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Indian financial year, 1 April to 31 March, written {@code 2025-26}.
 *
 * @param startYear the calendar year in which it starts (2025 for {@code 2025-26})
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new InvalidGstValueException("financial year starting in " + startYear + " is out of range 1900-9998");
        }
    }

    /** The financial year containing {@code date}: 31 March 2026 is in 2025-26, 1 April 2026 in 2026-27. */
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses {@code 2025-26}; the second part must be the year after the first, modulo 100. */
    public static FinancialYear parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new InvalidGstValueException("financial year '" + text + "' is not of the form 2025-26");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new InvalidGstValueException("financial year '" + text + "' must end the year after it starts: "
                    + start + "-" + String.format("%02d", (start + 1) % 100));
        }
        return new FinancialYear(start);
    }

    /** 1 April of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** 31 March of the following year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** True when {@code date} falls within 1 April – 31 March of this year (inclusive). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** {@code 2025-26}. */
    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}

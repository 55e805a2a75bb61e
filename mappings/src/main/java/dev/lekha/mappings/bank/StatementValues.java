package dev.lekha.mappings.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading amounts and dates as Indian bank exports print them. */
final class StatementValues {

    /** Indian grouping (1,23,45,678.90), western grouping (1,234,567.89) or none; up to 2 decimals. */
    private static final Pattern GROUPED = Pattern.compile(
            "\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?|\\d{1,2}(,\\d{2})*,\\d{3}(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");
    private static final Pattern SUFFIX = Pattern.compile("(?i)\\s*\\(?(CR|DR)\\)?\\.?$");

    /** The date shapes seen in HDFC, ICICI, SBI and Axis exports, tried in this order. */
    static final List<String> DATE_PATTERNS = List.of("dd/MM/yy", "dd/MM/yyyy", "dd-MM-yyyy", "dd-MM-yy",
            "dd-MMM-yyyy", "dd-MMM-yy", "dd MMM yyyy", "d MMM yyyy", "dd MMM yy", "dd.MM.yyyy", "yyyy-MM-dd");
    private static final List<DateTimeFormatter> DATE_FORMATS = DATE_PATTERNS.stream()
            .map(StatementValues::formatter).toList();

    private StatementValues() {
    }

    /** A signed amount and whether it carried a Cr/Dr mark. */
    record Amount(BigDecimal value, Direction mark) {
    }

    /**
     * Reads an amount: optional sign, optional ₹/INR/Rs., lakh or western separators, up to 2 decimals, an
     * optional Cr/Dr suffix. Blank (or "-") gives null.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static Amount amount(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').trim();
        if (s.isEmpty() || s.equals("-")) {
            return null;
        }
        Direction mark = null;
        var suffix = SUFFIX.matcher(s);
        if (suffix.find()) {
            mark = Direction.valueOf(suffix.group(1).toUpperCase(Locale.ROOT));
            s = s.substring(0, suffix.start()).trim();
        }
        s = s.replace("₹", "").replaceFirst("(?i)^(INR|Rs\\.?)", "").trim();
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.startsWith("-") ? s.substring(1).trim() : s.substring(1, s.length() - 1).trim();
        } else if (s.startsWith("+")) {
            s = s.substring(1).trim();
        }
        if (!GROUPED.matcher(s).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not an amount (expected e.g. 1,23,456.78"
                    + " with at most 2 decimals, optionally followed by Cr or Dr)");
        }
        BigDecimal value = new BigDecimal(s.replace(",", "")).setScale(2);
        return new Amount(negative ? value.negate() : value, mark);
    }

    /** Reads a date in any of {@link #DATE_PATTERNS}; null when blank. @throws IllegalArgumentException */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim().replaceAll("\\s+", " ");
        if (s.length() > 10 && s.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            s = s.substring(0, 10);
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        throw new IllegalArgumentException("'" + text.trim() + "' is not a date (expected e.g. 25/06/24, 25/06/2024,"
                + " 25-06-2024, 25-Jun-2024 or 25 Jun 2024)");
    }

    /** Reads a date in exactly {@code pattern} (generic layouts). @throws IllegalArgumentException */
    static LocalDate date(String text, DateTimeFormatter format, String pattern) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), format);
        } catch (DateTimeParseException e) {
            if (text.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text.trim());  // an XLSX date cell
            }
            throw new IllegalArgumentException("'" + text.trim() + "' is not a date in the format " + pattern);
        }
    }

    /** A strict, case-insensitive English formatter; two-digit years are 2000-2099. */
    static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        String p = pattern.replace("yyyy", "uuuu");
        int yy = p.indexOf("yy");
        if (yy >= 0) {
            b.appendPattern(p.substring(0, yy));
            b.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
            b.appendPattern(p.substring(yy + 2));
        } else {
            b.appendPattern(p);
        }
        return b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** "1,23,456.78" style, for messages: Indian grouping as the banks print it. */
    static String show(BigDecimal amount) {
        if (amount == null) {
            return "none";
        }
        String plain = amount.setScale(2).abs().toPlainString();
        String whole = plain.substring(0, plain.length() - 3);
        StringBuilder grouped = new StringBuilder();
        if (whole.length() > 3) {
            String head = whole.substring(0, whole.length() - 3);
            for (int i = 0; i < head.length(); i++) {
                if (i > 0 && (head.length() - i) % 2 == 0) {
                    grouped.append(',');
                }
                grouped.append(head.charAt(i));
            }
            grouped.append(',').append(whole.substring(whole.length() - 3));
        } else {
            grouped.append(whole);
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + plain.substring(plain.length() - 3);
    }
}

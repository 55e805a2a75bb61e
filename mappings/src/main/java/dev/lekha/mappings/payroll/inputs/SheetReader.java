package dev.lekha.mappings.payroll.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the cells of one {@link SheetTable} by column name, collecting every problem as
 * {@code <file>, sheet <sheet>, row <n>, column <column>: <what is wrong and what is expected>}.
 */
final class SheetReader {

    /** A column a sheet knows: its name as documented, whether it must be present, and other accepted headers. */
    record Column(String name, boolean required, List<String> aliases) {

        static Column required(String name, String... aliases) {
            return new Column(name, true, List.of(aliases));
        }

        static Column optional(String name, String... aliases) {
            return new Column(name, false, List.of(aliases));
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("uuuu-MM-dd"), formatter("dd-MM-uuuu"), formatter("dd/MM/uuuu"), formatter("d/M/uuuu"),
            formatter("d-M-uuuu"), formatter("dd-MMM-uuuu"), formatter("d-MMM-uuuu"), formatter("dd MMM uuuu"),
            formatter("d MMM uuuu"), formatter("dd.MM.uuuu"));

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private final String fileName;
    private final SheetTable table;
    private final List<String> problems;
    private final Map<Column, Integer> index = new LinkedHashMap<>();

    private SheetReader(String fileName, SheetTable table, List<String> problems) {
        this.fileName = fileName;
        this.table = table;
        this.problems = problems;
    }

    /**
     * A reader over {@code table}; null (with a problem added) when a required column is missing.
     */
    static SheetReader of(String fileName, SheetTable table, List<Column> columns, List<String> problems) {
        SheetReader reader = new SheetReader(fileName, table, problems);
        List<String> missing = new ArrayList<>();
        for (Column c : columns) {
            Integer at = table.columns().get(SheetTable.normalise(c.name()));
            for (int i = 0; at == null && i < c.aliases().size(); i++) {
                at = table.columns().get(SheetTable.normalise(c.aliases().get(i)));
            }
            if (at != null) {
                reader.index.put(c, at);
            } else if (c.required()) {
                missing.add("'" + c.name() + "'");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(fileName + ", sheet " + table.sheet() + ": no column " + String.join(", ", missing)
                    + " in the header row (found " + table.headers().stream().filter(h -> !h.isBlank())
                    .map(h -> "'" + h + "'").toList() + ")");
            return null;
        }
        return reader;
    }

    List<SheetTable.Row> rows() {
        return table.rows();
    }

    String sheet() {
        return table.sheet();
    }

    boolean has(Column c) {
        return index.containsKey(c);
    }

    /** Where a problem is: file, sheet, row and (when given) column. */
    String where(SheetTable.Row row, Column c) {
        return fileName + ", sheet " + table.sheet() + ", row " + row.number() + (c == null ? "" : ", column " + c.name());
    }

    void problem(SheetTable.Row row, Column c, String message) {
        problems.add(where(row, c) + ": " + message);
    }

    /** The cell's text, stripped; "" when the column is absent or the cell empty. */
    String text(SheetTable.Row row, Column c) {
        Integer at = index.get(c);
        return at == null ? "" : row.cell(at);
    }

    /** The text, or null when empty; a problem when required and empty, or when longer than {@code max}. */
    String text(SheetTable.Row row, Column c, boolean required, int max) {
        String v = text(row, c);
        if (v.isEmpty()) {
            if (required) {
                problem(row, c, "is empty; it is required");
            }
            return null;
        }
        if (v.length() > max) {
            problem(row, c, "'" + abbreviate(v) + "' is " + v.length() + " characters long; at most " + max);
            return null;
        }
        return v;
    }

    LocalDate date(SheetTable.Row row, Column c, boolean required) {
        String v = text(row, c);
        if (v.isEmpty()) {
            if (required) {
                problem(row, c, "is empty; it is required (a date such as 2026-04-01 or 01-04-2026)");
            }
            return null;
        }
        String d = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(d, f);
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        problem(row, c, "'" + abbreviate(v) + "' is not a date (write 2026-04-01, 01-04-2026, 01/04/2026 or 01-Apr-2026)");
        return null;
    }

    /** A month as {@code YYYY-MM} (a date on the first of the month, as Excel may turn it into, is accepted). */
    YearMonth month(SheetTable.Row row, Column c) {
        String v = text(row, c);
        if (v.isEmpty()) {
            problem(row, c, "is empty; it is required (the month as YYYY-MM, e.g. 2026-11)");
            return null;
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            int m = Integer.parseInt(v.substring(5));
            if (m >= 1 && m <= 12) {
                return YearMonth.of(Integer.parseInt(v.substring(0, 4)), m);
            }
        } else if (v.matches("\\d{4}-\\d{2}-01")) {
            try {
                return YearMonth.from(LocalDate.parse(v));
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        problem(row, c, "'" + abbreviate(v) + "' is not a month; write it as YYYY-MM, e.g. 2026-11");
        return null;
    }

    /** An amount in rupees (₹, Rs and Indian or Western digit grouping allowed), at most two decimals. */
    BigDecimal amount(SheetTable.Row row, Column c, boolean required) {
        String v = text(row, c);
        if (v.isEmpty()) {
            if (required) {
                problem(row, c, "is empty; it is required (an amount in rupees, e.g. 15000 or 15,000.50)");
            }
            return null;
        }
        String n = v.replace("\u20B9", "").replaceFirst("^(?i)rs\\.?", "").replace(",", "").replace(" ", "");
        if (!n.matches("-?\\d+(\\.\\d+)?")) {
            problem(row, c, "'" + abbreviate(v) + "' is not an amount (digits with an optional decimal point)");
            return null;
        }
        BigDecimal a = new BigDecimal(n);
        if (a.stripTrailingZeros().scale() > 2) {
            problem(row, c, "'" + v + "' has more than two decimals; amounts are in rupees and paise");
            return null;
        }
        if (a.signum() < 0) {
            problem(row, c, "'" + v + "' is negative; amounts are never negative (a recovery is a deduction component)");
            return null;
        }
        return a.setScale(2);
    }

    /** Y/N, YES/NO, TRUE/FALSE or 1/0; {@code defaultValue} when empty. */
    Boolean flag(SheetTable.Row row, Column c, boolean defaultValue) {
        String v = text(row, c).toUpperCase(Locale.ROOT);
        return switch (v) {
            case "" -> defaultValue;
            case "Y", "YES", "TRUE", "1" -> true;
            case "N", "NO", "FALSE", "0" -> false;
            default -> {
                problem(row, c, "'" + abbreviate(text(row, c)) + "' is not Y or N");
                yield null;
            }
        };
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 37) + "...";
    }
}

package dev.lekha.mappings.razorpay;

import dev.lekha.domain.razorpay.SettlementItem;
import dev.lekha.mappings.invoice.CsvSheet;
import dev.lekha.mappings.invoice.SheetCell;
import dev.lekha.mappings.invoice.SheetTable;
import dev.lekha.mappings.invoice.UnreadableSheetException;
import dev.lekha.mappings.invoice.XlsxSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Razorpay's settlement reconciliation report as a CSV or XLSX file (Dashboard &gt; Reports &gt; Settlement Recon),
 * one row per payment, refund, transfer, adjustment... with the columns of the API's recon report:
 * {@code entity_id, type, debit, credit, amount, currency, fee, tax, on_hold, settled, created_at, settled_at,
 * settlement_id, posted_at, credit_type, description, notes, payment_id, settlement_utr, order_id, order_receipt,
 * method, card_network, card_issuer, card_type, dispute_id}. Headers match ignoring case, spaces and underscores
 * ({@code Entity ID} = {@code entity_id}); columns other than these are ignored.
 *
 * <p>Amounts are rupees as the Dashboard exports them (at most 2 decimals, {@code 1,234.50} allowed). Times:
 * Unix seconds (as the API gives them), {@code yyyy-MM-dd HH:mm:ss}, {@code dd/MM/yyyy HH:mm:ss},
 * {@code dd-MM-yyyy HH:mm:ss} (seconds optional) or an XLSX date, in Asia/Kolkata. Required: entity_id, type,
 * debit, credit, amount, fee, tax, settlement_id. Every problem is listed with its row and column.
 */
public final class SettlementReportFile {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final List<String> REQUIRED = List.of("entity_id", "type", "debit", "credit", "amount", "fee", "tax",
            "settlement_id");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{2,3})*(\\.\\d{1,2})?|-?\\d+(\\.\\d{1,2})?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"), DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm[:ss]"));

    private final List<SettlementItem> items;
    private final List<String> errors;

    private SettlementReportFile(List<SettlementItem> items, List<String> errors) {
        this.items = List.copyOf(items);
        this.errors = List.copyOf(errors);
    }

    public List<SettlementItem> items() {
        return items;
    }

    /** Problems as {@code <file> row 7, credit: ...}; empty when the file is good. */
    public List<String> errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Reads {@code content} as XLSX when the name ends in .xlsx, else as CSV; never throws for bad content. */
    public static SettlementReportFile parse(byte[] content, String fileName) {
        SheetTable table;
        try {
            table = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxSheet.read(content) : CsvSheet.read(content);
        } catch (UnreadableSheetException e) {
            return new SettlementReportFile(List.of(), List.of(fileName + ": " + e.getMessage()));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i) == null ? "" : normalise(table.header().get(i));
            columns.putIfAbsent(name, i);
        }
        List<String> errors = new ArrayList<>();
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(normalise(c))).toList();
        if (!missing.isEmpty()) {
            return new SettlementReportFile(List.of(), List.of(fileName + " row 1: missing column(s) "
                    + String.join(", ", missing) + "; found " + table.header()));
        }
        List<SettlementItem> items = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Reader r = new Reader(fileName, row, columns, errors);
            String entityId = r.id("entity_id", true);
            String type = r.text("type", true);
            if (type != null && !type.matches("[a-z_]{1,20}")) {
                r.problem("type", "'" + type + "' is not a Razorpay entity type (payment, refund, transfer, adjustment...)");
            }
            SettlementItem item = new SettlementItem("row " + row.number(), r.id("settlement_id", true), entityId, type,
                    r.amount("amount"), r.amount("credit"), r.amount("debit"), r.amount("fee"), r.amount("tax"),
                    r.id("payment_id", false), r.id("order_id", false), r.text("order_receipt", false),
                    r.text("settlement_utr", false), r.time("created_at"), r.time("settled_at"), r.text("method", false),
                    r.text("description", false));
            if (r.ok) {
                items.add(item);
            }
        }
        if (items.isEmpty() && errors.isEmpty()) {
            errors.add(fileName + ": no rows below the header");
        }
        return new SettlementReportFile(errors.isEmpty() ? items : List.of(), errors);
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_").replace("\uFEFF", "");
    }

    /** Reads one row's cells by column name, collecting problems. */
    private static final class Reader {
        private final String file;
        private final SheetTable.Row row;
        private final Map<String, Integer> columns;
        private final List<String> errors;
        private boolean ok = true;

        Reader(String file, SheetTable.Row row, Map<String, Integer> columns, List<String> errors) {
            this.file = file;
            this.row = row;
            this.columns = columns;
            this.errors = errors;
        }

        void problem(String column, String what) {
            ok = false;
            errors.add(file + " row " + row.number() + ", " + column + ": " + what);
        }

        SheetCell cell(String column) {
            Integer i = columns.get(column);
            return i == null ? SheetCell.BLANK : row.cell(i);
        }

        String text(String column, boolean required) {
            String t = cell(column).asText();
            if (t == null || t.isBlank()) {
                if (required) {
                    problem(column, "is empty");
                }
                return null;
            }
            return t.strip();
        }

        String id(String column, boolean required) {
            String t = text(column, required);
            if (t != null && !ID.matcher(t).matches()) {
                problem(column, "'" + t + "' is not a Razorpay id (letters, digits, _; at most 40)");
                return null;
            }
            return t;
        }

        BigDecimal amount(String column) {
            SheetCell c = cell(column);
            if (c.number() != null) {
                if (c.number().stripTrailingZeros().scale() > 2) {
                    problem(column, c.number().toPlainString() + " has more than 2 decimals (rupees and paise)");
                    return null;
                }
                return c.number().setScale(2);
            }
            String t = text(column, true);
            if (t == null) {
                return null;
            }
            if (!AMOUNT.matcher(t).matches()) {
                problem(column, "'" + t + "' is not an amount in rupees with at most 2 decimals");
                return null;
            }
            BigDecimal value = new BigDecimal(t.replace(",", "")).setScale(2);
            if (value.signum() < 0) {
                problem(column, t + " is negative; the report gives debits and credits as positive amounts");
                return null;
            }
            return value;
        }

        Instant time(String column) {
            SheetCell c = cell(column);
            if (c.date() != null) {
                return c.date().atStartOfDay(IST).toInstant();
            }
            if (c.number() != null) {
                return Instant.ofEpochSecond(c.number().longValue());
            }
            String t = text(column, false);
            if (t == null) {
                return null;
            }
            if (t.matches("\\d{9,11}")) {
                return Instant.ofEpochSecond(Long.parseLong(t));
            }
            for (DateTimeFormatter f : TIMES) {
                try {
                    return LocalDateTime.parse(t, f).atZone(IST).toInstant();
                } catch (DateTimeParseException next) {
                    // try the next layout
                }
            }
            try {
                return LocalDate.parse(t).atStartOfDay(IST).toInstant();
            } catch (DateTimeParseException e) {
                problem(column, "'" + t + "' is not a time (Unix seconds, yyyy-MM-dd HH:mm:ss or dd/MM/yyyy HH:mm:ss)");
                return null;
            }
        }
    }
}

package dev.lekha.mappings.rfm;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.mappings.invoice.SheetCell;
import dev.lekha.mappings.invoice.SheetTable;
import dev.lekha.mappings.sheet.HeaderRow;
import dev.lekha.mappings.sheet.SheetFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file from the {@code orders} drop: a company's order history, CSV (UTF-8) or XLSX (first sheet), header in
 * row 1, one row per order or return. Either every row (when {@code errors} is empty) or every problem found, each
 * with its row and column, and then no rows: the drop is all or nothing.
 *
 * <p>Columns (any order, names case-insensitive, a space counts as {@code _}): {@code company_gstin} (one of our
 * GSTINs: says which company), {@code order_id} (at most 60 characters, unique in the file), {@code order_date}
 * ({@code dd-mm-yyyy}, {@code yyyy-mm-dd} or an XLSX date), {@code customer_id} (the customer's key in the source
 * system, at most 100 characters), optionally {@code customer_name}, {@code customer_phone} (8 to 15 digits, an
 * optional leading {@code +}; spaces and dashes are dropped), {@code customer_email}, then {@code net_amount}
 * (rupees, at most 2 decimals, thousands commas allowed) and optionally {@code type} ({@code ORDER} or
 * {@code RETURN}, blank = {@code ORDER}). An order's amount is zero or more; a return is a row of type
 * {@code RETURN} or a row with a negative amount, and is stored negative whichever sign it was given with.
 */
public record OrderHistoryFile(String fileName, List<OrderHistoryRow> rows, List<RowError> errors) {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public OrderHistoryFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * @param row    spreadsheet row (header = 1), or null for the file as a whole
     * @param column the column's header, or null
     */
    public record RowError(String fileName, Integer row, String column, String message) {
        @Override
        public String toString() {
            return fileName + (row == null ? "" : " row " + row) + (column == null ? "" : " " + column) + ": " + message;
        }
    }

    /** The columns of the order history. */
    enum Column implements HeaderRow.Heading {
        COMPANY_GSTIN(true, 15), ORDER_ID(true, 60), ORDER_DATE(true, 0), CUSTOMER_ID(true, 100),
        CUSTOMER_NAME(false, 200), CUSTOMER_PHONE(false, 0), CUSTOMER_EMAIL(false, 200), NET_AMOUNT(true, 0),
        TYPE(false, 0);

        final boolean required;
        final int maxLength;

        Column(boolean required, int maxLength) {
            this.required = required;
            this.maxLength = maxLength;
        }

        @Override
        public boolean required() {
            return required;
        }
    }

    /**
     * Reads a dropped order history.
     *
     * @param content  the whole file; must not be null
     * @param fileName its name; {@code .csv} or {@code .xlsx} (case-insensitive) decides the reader
     * @return never null
     */
    public static OrderHistoryFile parse(byte[] content, String fileName) {
        SheetFile file = SheetFile.open(content, fileName, "the order history");
        return file.table() == null ? failed(fileName, file.problem()) : new Reader(fileName).read(file.table());
    }

    private static OrderHistoryFile failed(String fileName, String message) {
        return new OrderHistoryFile(fileName, List.of(), List.of(new RowError(fileName, null, null, message)));
    }

    private static final class Reader {
        private final String fileName;
        private final List<RowError> errors = new ArrayList<>();

        Reader(String fileName) {
            this.fileName = fileName;
        }

        OrderHistoryFile read(SheetTable table) {
            HeaderRow<Column> header = HeaderRow.read(table.header(), Column.class);
            header.problems().forEach(p -> errors.add(new RowError(fileName, p.row(), p.column(), p.message())));
            Map<Column, Integer> positions = header.positions();
            if (!errors.isEmpty()) {
                return new OrderHistoryFile(fileName, List.of(), errors);
            }
            List<OrderHistoryRow> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (SheetTable.Row row : table.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                OrderHistoryRow parsed = row(row, positions, seen);
                if (parsed != null) {
                    rows.add(parsed);
                }
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(new RowError(fileName, null, null, "the sheet has a header row but no order rows"));
            }
            return new OrderHistoryFile(fileName, errors.isEmpty() ? rows : List.of(), errors);
        }

        private OrderHistoryRow row(SheetTable.Row row, Map<Column, Integer> positions, Map<String, Integer> seen) {
            int before = errors.size();
            int n = row.number();
            for (Column c : Column.values()) {
                if (c.required && positions.containsKey(c) && row.cell(positions.get(c)).isBlank()) {
                    error(n, c, "is blank; every row needs a value here");
                }
            }
            String companyGstin = null;
            String companyText = text(row, positions, Column.COMPANY_GSTIN);
            if (companyText != null) {
                try {
                    companyGstin = Gstin.of(companyText, true).value();
                } catch (InvalidGstValueException e) {
                    error(n, Column.COMPANY_GSTIN, e.getMessage());
                }
            }
            String orderId = text(row, positions, Column.ORDER_ID);
            Integer first = orderId == null ? null : seen.putIfAbsent(orderId, n);
            if (first != null) {
                error(n, Column.ORDER_ID, "order " + orderId + " is already on row " + first
                        + "; each order or return is one row with its own order_id");
            }
            LocalDate date = date(row, positions, n);
            String customer = text(row, positions, Column.CUSTOMER_ID);
            String name = text(row, positions, Column.CUSTOMER_NAME);
            String phone = text(row, positions, Column.CUSTOMER_PHONE);
            if (phone != null) {
                String compact = phone.replaceAll("[\\s-]", "");
                if (!PHONE.matcher(compact).matches()) {
                    error(n, Column.CUSTOMER_PHONE, "'" + phone + "' is not a phone number: 8 to 15 digits, optionally"
                            + " starting with +");
                }
                phone = compact;
            }
            String email = text(row, positions, Column.CUSTOMER_EMAIL);
            if (email != null && !EMAIL.matcher(email).matches()) {
                error(n, Column.CUSTOMER_EMAIL, "'" + email + "' is not an e-mail address (name@domain)");
            }
            boolean isReturn = false;
            String type = text(row, positions, Column.TYPE);
            if (type != null) {
                switch (type.toUpperCase(Locale.ROOT)) {
                    case "ORDER" -> isReturn = false;
                    case "RETURN" -> isReturn = true;
                    default -> error(n, Column.TYPE, "'" + type + "' is neither ORDER nor RETURN");
                }
            }
            BigDecimal amount = amount(row, positions);
            if (amount != null && amount.signum() < 0) {
                isReturn = true;
            }
            if (amount != null && isReturn && amount.signum() == 0) {
                error(n, Column.NET_AMOUNT, "a return of 0.00 refunds nothing; give the amount refunded");
            }
            if (errors.size() > before) {
                return null;
            }
            BigDecimal net = isReturn ? amount.abs().negate() : amount;
            return new OrderHistoryRow(n, companyGstin, orderId, date, customer, name, phone, email, net, isReturn);
        }

        private String text(SheetTable.Row row, Map<Column, Integer> positions, Column column) {
            Integer at = positions.get(column);
            if (at == null) {
                return null;
            }
            SheetCell cell = row.cell(at);
            if (cell.formulaError() != null) {
                error(row.number(), column, "the formula's result is an error (" + cell.formulaError() + ")");
                return null;
            }
            String text = cell.asText();
            if (text == null || text.isBlank()) {
                return null;
            }
            text = text.strip();
            if (column.maxLength > 0 && text.length() > column.maxLength) {
                error(row.number(), column, "is " + text.length() + " characters long; at most " + column.maxLength
                        + " are kept, shorten it");
                return null;
            }
            return text;
        }

        private LocalDate date(SheetTable.Row row, Map<Column, Integer> positions, int n) {
            SheetCell cell = row.cell(positions.get(Column.ORDER_DATE));
            if (cell.date() != null) {
                return cell.date();
            }
            String text = text(row, positions, Column.ORDER_DATE);
            if (text == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException e) {
                    // try the other accepted form
                }
            }
            error(n, Column.ORDER_DATE, "'" + text + "' is not a date: use dd-mm-yyyy (23-11-2026) or yyyy-mm-dd"
                    + " (2026-11-23)");
            return null;
        }

        private BigDecimal amount(SheetTable.Row row, Map<Column, Integer> positions) {
            String text = text(row, positions, Column.NET_AMOUNT);
            if (text == null) {
                return null;
            }
            String compact = text.replace(",", "");
            if (!AMOUNT.matcher(compact).matches()) {
                error(row.number(), Column.NET_AMOUNT, "'" + text + "' is not an amount in rupees with at most 2 decimals");
                return null;
            }
            return Money.of(new BigDecimal(compact));
        }

        private void error(int row, Column column, String message) {
            errors.add(new RowError(fileName, row, column.header(), message));
        }
    }
}

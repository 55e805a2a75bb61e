package dev.lekha.mappings.gst.gstr2b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.purchase.ItcEligibility;
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
 * A file from the {@code purchase-invoices} drop: the purchase register, CSV (UTF-8) or XLSX (first
 * sheet), header in row 1, one row per invoice or note. Either every row (when {@code errors} is empty)
 * or every problem found, each with its row and column, and then no rows.
 *
 * <p>Columns (any order, names case-insensitive): {@code company_gstin} (our GSTIN that received the
 * invoice: it says which company and registration the row belongs to), {@code supplier_gstin}, {@code supplier_name}
 * (optional), {@code doc_type} ({@code INV}, {@code CRN}, {@code DBN}), {@code doc_number} (at most 16
 * characters, as GST allows), {@code doc_date} ({@code dd-mm-yyyy}, {@code yyyy-mm-dd} or an XLSX date),
 * {@code place_of_supply} (2-digit state code), {@code reverse_charge} ({@code Y}/{@code N}, blank = N),
 * {@code taxable_value}, {@code igst}, {@code cgst}, {@code sgst}, {@code cess} (blank = 0),
 * {@code itc_eligibility} ({@code INPUTS}, {@code CAPITAL_GOODS}, {@code INPUT_SERVICES},
 * {@code INELIGIBLE}), and optionally {@code total}: when given it must equal taxable value plus taxes
 * to the paisa. The same supplier GSTIN, type and number twice in one file is an error.
 */
public record PurchaseRegisterFile(String fileName, List<PurchaseRegisterRow> rows, List<RowError> errors) {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
    private static final Pattern DOC_NUMBER = Pattern.compile("[A-Za-z0-9/-]{1,16}");

    public PurchaseRegisterFile {
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
    public record RowError(Integer row, String column, String message) {
        @Override
        public String toString() {
            return (row == null ? "" : "row " + row + ": ") + (column == null ? "" : column + ": ") + message;
        }
    }

    /** The columns of the register. */
    enum Column implements HeaderRow.Heading {
        COMPANY_GSTIN(true), SUPPLIER_GSTIN(true), SUPPLIER_NAME(false), DOC_TYPE(true), DOC_NUMBER(true), DOC_DATE(true),
        PLACE_OF_SUPPLY(true), REVERSE_CHARGE(false), TAXABLE_VALUE(true), IGST(false), CGST(false), SGST(false),
        CESS(false), ITC_ELIGIBILITY(true), TOTAL(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        @Override
        public boolean required() {
            return required;
        }
    }

    /**
     * Reads a dropped purchase register.
     *
     * @param content  the whole file; must not be null
     * @param fileName its name; {@code .csv} or {@code .xlsx} (case-insensitive) decides the reader
     * @return never null
     */
    public static PurchaseRegisterFile parse(byte[] content, String fileName) {
        SheetFile file = SheetFile.open(content, fileName, "the purchase register");
        return file.table() == null ? failed(fileName, file.problem()) : new Reader(fileName).read(file.table());
    }

    private static PurchaseRegisterFile failed(String fileName, String message) {
        return new PurchaseRegisterFile(fileName, List.of(), List.of(new RowError(null, null, message)));
    }

    private static final class Reader {
        private final String fileName;
        private final List<RowError> errors = new ArrayList<>();

        Reader(String fileName) {
            this.fileName = fileName;
        }

        PurchaseRegisterFile read(SheetTable table) {
            HeaderRow<Column> header = HeaderRow.read(table.header(), Column.class);
            header.problems().forEach(p -> errors.add(new RowError(p.row(), p.column(), p.message())));
            Map<Column, Integer> positions = header.positions();
            if (!errors.isEmpty()) {
                return new PurchaseRegisterFile(fileName, List.of(), errors);
            }
            List<PurchaseRegisterRow> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (SheetTable.Row row : table.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                PurchaseRegisterRow parsed = row(row, positions);
                if (parsed != null) {
                    String key = parsed.supplierGstin() + "|" + parsed.documentType() + "|"
                            + parsed.documentNumber().toUpperCase(Locale.ROOT);
                    Integer first = seen.putIfAbsent(key, row.number());
                    if (first != null) {
                        errors.add(new RowError(row.number(), Column.DOC_NUMBER.header(), parsed.documentType() + " "
                                + parsed.documentNumber() + " of " + parsed.supplierGstin() + " is already on row " + first
                                + "; each invoice is one row"));
                    } else {
                        rows.add(parsed);
                    }
                }
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(new RowError(null, null, "the sheet has a header row but no invoice rows"));
            }
            return new PurchaseRegisterFile(fileName, errors.isEmpty() ? rows : List.of(), errors);
        }

        private PurchaseRegisterRow row(SheetTable.Row row, Map<Column, Integer> positions) {
            int before = errors.size();
            int n = row.number();
            String companyGstin = null;
            String companyText = text(row, positions, Column.COMPANY_GSTIN);
            if (companyText != null) {
                try {
                    companyGstin = Gstin.of(companyText, true).value();
                } catch (InvalidGstValueException e) {
                    error(n, Column.COMPANY_GSTIN, e.getMessage());
                }
            }
            String gstin = null;
            String gstinText = text(row, positions, Column.SUPPLIER_GSTIN);
            if (gstinText != null) {
                try {
                    gstin = Gstin.of(gstinText).value();
                } catch (InvalidGstValueException e) {
                    error(n, Column.SUPPLIER_GSTIN, e.getMessage());
                }
            }
            String name = text(row, positions, Column.SUPPLIER_NAME);
            DocumentType type = null;
            String typeText = text(row, positions, Column.DOC_TYPE);
            if (typeText != null) {
                type = DocumentType.fromCode(typeText.toUpperCase(Locale.ROOT)).orElse(null);
                if (type == null) {
                    error(n, Column.DOC_TYPE, "'" + typeText + "' is not INV, CRN or DBN");
                }
            }
            String number = text(row, positions, Column.DOC_NUMBER);
            if (number != null && !DOC_NUMBER.matcher(number).matches()) {
                error(n, Column.DOC_NUMBER, "'" + number + "' is not a GST document number: at most 16 letters, digits, / or -");
            }
            LocalDate date = date(row, positions, n);
            String pos = text(row, positions, Column.PLACE_OF_SUPPLY);
            if (pos != null) {
                String padded = pos.length() == 1 ? "0" + pos : pos;
                if (StateCode.tryOf(padded).isEmpty()) {
                    error(n, Column.PLACE_OF_SUPPLY, "'" + pos + "' is not a GST state code (2 digits, e.g. 27)");
                }
                pos = padded;
            }
            boolean rev = false;
            String revText = text(row, positions, Column.REVERSE_CHARGE);
            if (revText != null) {
                switch (revText.toUpperCase(Locale.ROOT)) {
                    case "Y", "YES", "TRUE" -> rev = true;
                    case "N", "NO", "FALSE" -> rev = false;
                    default -> error(n, Column.REVERSE_CHARGE, "'" + revText + "' is neither Y nor N");
                }
            }
            BigDecimal taxable = amount(row, positions, Column.TAXABLE_VALUE);
            BigDecimal igst = amount(row, positions, Column.IGST);
            BigDecimal cgst = amount(row, positions, Column.CGST);
            BigDecimal sgst = amount(row, positions, Column.SGST);
            BigDecimal cess = amount(row, positions, Column.CESS);
            BigDecimal total = amount(row, positions, Column.TOTAL);
            ItcEligibility eligibility = null;
            String eligibilityText = text(row, positions, Column.ITC_ELIGIBILITY);
            if (eligibilityText != null) {
                try {
                    eligibility = ItcEligibility.valueOf(eligibilityText.toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    error(n, Column.ITC_ELIGIBILITY, "'" + eligibilityText
                            + "' is not INPUTS, CAPITAL_GOODS, INPUT_SERVICES or INELIGIBLE");
                }
            }
            for (Column c : Column.values()) {
                if (c.required && positions.containsKey(c) && row.cell(positions.get(c)).isBlank()) {
                    error(n, c, "is blank; every row needs a value here");
                }
            }
            if (errors.size() > before) {
                return null;
            }
            BigDecimal sum = taxable.add(Money.orZero(igst)).add(Money.orZero(cgst)).add(Money.orZero(sgst))
                    .add(Money.orZero(cess));
            if (total != null && total.compareTo(sum) != 0) {
                error(n, Column.TOTAL, "total " + total.toPlainString() + " is not taxable_value + igst + cgst + sgst + cess = "
                        + sum.toPlainString() + "; correct the amounts or leave total blank");
                return null;
            }
            return new PurchaseRegisterRow(n, companyGstin, gstin, name, type, number, date, pos, rev, taxable, Money.orZero(igst),
                    Money.orZero(cgst), Money.orZero(sgst), Money.orZero(cess), sum, eligibility);
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
            return text == null || text.isBlank() ? null : text.strip();
        }

        private LocalDate date(SheetTable.Row row, Map<Column, Integer> positions, int n) {
            Integer at = positions.get(Column.DOC_DATE);
            SheetCell cell = row.cell(at);
            if (cell.date() != null) {
                return cell.date();
            }
            String text = text(row, positions, Column.DOC_DATE);
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
            error(n, Column.DOC_DATE, "'" + text + "' is not a date: use dd-mm-yyyy (23-11-2026) or yyyy-mm-dd (2026-11-23)");
            return null;
        }

        private BigDecimal amount(SheetTable.Row row, Map<Column, Integer> positions, Column column) {
            String text = text(row, positions, column);
            if (text == null) {
                return null;
            }
            String compact = text.replace(",", "");
            if (!AMOUNT.matcher(compact).matches()) {
                error(row.number(), column, "'" + text + "' is not an amount in rupees with at most 2 decimals");
                return null;
            }
            BigDecimal value = new BigDecimal(compact);
            if (value.signum() < 0) {
                error(row.number(), column, "'" + text + "' is negative; a credit note is doc_type CRN with positive amounts");
                return null;
            }
            return Money.of(value);
        }

        private void error(int row, Column column, String message) {
            errors.add(new RowError(row, column.header(), message));
        }
    }
}

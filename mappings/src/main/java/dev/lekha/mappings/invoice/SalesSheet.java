package dev.lekha.mappings.invoice;

import static dev.lekha.mappings.invoice.SalesSheetColumn.*;

import dev.lekha.domain.invoice.IncomingSalesDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.PrecedingDocument;
import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a bulk sheet (one row per document line, CSV or XLSX) into sales documents.
 *
 * <p>Rows are grouped into documents by (document_type, document_number), in the order documents
 * first appear; the document-level columns (document_type … preceding_date) must be the same on
 * every row of a document. Cells are read leniently where spreadsheets differ and strictly where a
 * mistake would change meaning:
 * <ul>
 *   <li>dates: {@code yyyy-MM-dd}, {@code dd-MM-yyyy}, {@code dd/MM/yyyy}, or an XLSX date cell;</li>
 *   <li>amounts: exact decimals, with Indian ({@code 1,23,456.78}) or Western grouping; rupee
 *       amounts at most 2 decimals; blank discount, IGST, CGST, SGST and cess mean zero;</li>
 *   <li>booleans: Y/N, yes/no, true/false (any case), or an XLSX boolean; blank reverse_charge is
 *       N, blank service is Y exactly when the HSN/SAC starts with 99;</li>
 *   <li>codes (document type, supply type, UQC, GSTINs) are upper-cased; a one-digit state code
 *       gets its leading zero back ({@code 7} → {@code 07}), and so does an HSN typed as a number
 *       that lost it ({@code 901} → {@code 0901}).</li>
 * </ul>
 * Business rules (GSTIN check character, tax split, rates) are the domain's validation, not this
 * reader's; a GSTIN is only checked for its shape here.
 */
final class SalesSheet {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern GSTIN_SHAPE = Pattern.compile("[0-9]{2}[0-9A-Z]{13}");
    private static final Pattern STATE_CODE = Pattern.compile("[0-9]{1,2}");
    private static final Pattern HSN_CODE = Pattern.compile("[0-9]{2,8}");
    private static final BigDecimal ZERO_RUPEES = new BigDecimal("0.00");

    private SalesSheet() {
    }

    static SalesDocumentFile read(String fileName, SheetTable table) {
        List<RowError> errors = new ArrayList<>();
        Map<SalesSheetColumn, Integer> positions = columns(table.header(), errors);
        if (!errors.isEmpty()) {
            return new SalesDocumentFile(fileName, List.of(), errors);
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            if (!row.isBlank()) {
                rows.add(parse(row, positions, errors));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(null, null, "the sheet has a header row but no data rows"));
            return new SalesDocumentFile(fileName, List.of(), errors);
        }
        List<IncomingSalesDocument> documents = group(rows, positions, errors);
        return new SalesDocumentFile(fileName, errors.isEmpty() ? documents : List.of(), errors);
    }

    private static Map<SalesSheetColumn, Integer> columns(List<String> header, List<RowError> errors) {
        Map<SalesSheetColumn, Integer> positions = new EnumMap<>(SalesSheetColumn.class);
        if (header.stream().allMatch(name -> name == null || name.isBlank())) {
            errors.add(new RowError(1, null, "row 1 must be the header row with the column names, e.g. "
                    + "document_type, document_number, document_date, ..."));
            return positions;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            var column = SalesSheetColumn.fromHeader(name);
            if (column.isEmpty()) {
                errors.add(new RowError(1, name.strip(), "unknown column; the columns are "
                        + Arrays.stream(SalesSheetColumn.values()).map(SalesSheetColumn::header)
                        .collect(Collectors.joining(", "))));
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                errors.add(new RowError(1, name.strip(), "the column appears twice; keep one"));
            }
        }
        for (SalesSheetColumn column : SalesSheetColumn.values()) {
            if (column.columnRequired() && !positions.containsKey(column)) {
                errors.add(new RowError(null, column.header(),
                        "required column is missing; add a column headed '" + column.header() + "' to row 1"));
            }
        }
        return positions;
    }

    /** One data row with each present column's value (null when blank or unreadable). */
    private record ParsedRow(int number, Map<SalesSheetColumn, Object> values, boolean readable) {
        Object get(SalesSheetColumn column) {
            return values.get(column);
        }
    }

    private static ParsedRow parse(SheetTable.Row row, Map<SalesSheetColumn, Integer> positions,
                                   List<RowError> errors) {
        int before = errors.size();
        Map<SalesSheetColumn, Object> values = new HashMap<>();
        for (Map.Entry<SalesSheetColumn, Integer> entry : positions.entrySet()) {
            SalesSheetColumn column = entry.getKey();
            SheetCell cell = row.cell(entry.getValue());
            if (cell.formulaError() != null) {
                errors.add(new RowError(row.number(), column.header(),
                        "the formula's result is an error (" + cell.formulaError() + "); fix the formula or type the value"));
            } else if (cell.isBlank()) {
                if (column.cellRequired()) {
                    errors.add(new RowError(row.number(), column.header(), "is blank; every row needs a value here"));
                }
            } else {
                try {
                    values.put(column, value(column, cell));
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(row.number(), column.header(), e.getMessage()));
                }
            }
        }
        return new ParsedRow(row.number(), values, errors.size() == before);
    }

    private static Object value(SalesSheetColumn column, SheetCell cell) {
        String text = cell.asText();
        return switch (column.kind()) {
            case TEXT -> text;
            case CODE -> text.toUpperCase(Locale.ROOT);
            case GSTIN -> gstin(text);
            case STATE -> stateCode(text);
            case HSN -> hsn(cell, text);
            case DATE -> date(cell, text);
            case BOOLEAN -> bool(cell, text);
            case INTEGER -> integer(cell, text);
            case DECIMAL -> decimal(cell, text);
            case RUPEES -> rupees(cell, text);
        };
    }

    private static String gstin(String text) {
        String gstin = text.toUpperCase(Locale.ROOT);
        if (!gstin.equals("URP") && !GSTIN_SHAPE.matcher(gstin).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a GSTIN: expected 15 letters and digits"
                    + " starting with the 2-digit state code, e.g. 27AAACL1234C1Z5 (or URP for an export buyer)");
        }
        return gstin;
    }

    private static String stateCode(String text) {
        if (!STATE_CODE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a state code: expected 2 digits, e.g. 27 for Maharashtra");
        }
        return text.length() == 1 ? "0" + text : text;
    }

    private static String hsn(SheetCell cell, String text) {
        if (!HSN_CODE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an HSN/SAC code: expected 4, 6 or 8 digits");
        }
        // a number cell drops a leading zero (0901 becomes 901); HSN codes have an even length
        return cell.number() != null && text.length() % 2 == 1 ? "0" + text : text;
    }

    private static LocalDate date(SheetCell cell, String text) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null) {
            throw new IllegalArgumentException("'" + text + "' is a number, not a date: format the cell as a date"
                    + " or type the date as yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy");
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a date: use yyyy-MM-dd (2026-11-23),"
                + " dd-MM-yyyy (23-11-2026) or dd/MM/yyyy (23/11/2026)");
    }

    private static boolean bool(SheetCell cell, String text) {
        if (cell.bool() != null) {
            return cell.bool();
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> true;
            case "n", "no", "false" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not Y or N (also accepted: yes/no, true/false)");
        };
    }

    private static int integer(SheetCell cell, String text) {
        BigDecimal value = decimal(cell, text);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(SheetCell cell, String text) {
        if (cell.number() != null) {
            return Amounts.nonNegativeScale(cell.number());
        }
        BigDecimal value = Amounts.parseGrouped(text);
        if (value == null) {
            throw new IllegalArgumentException("'" + text + "' is not a number: use digits with an optional"
                    + " decimal point, e.g. 1800.00 or 1,23,456.78");
        }
        return value;
    }

    private static BigDecimal rupees(SheetCell cell, String text) {
        BigDecimal value = decimal(cell, text);
        if (Amounts.finerThanPaise(value)) {
            throw new IllegalArgumentException("'" + text + "' has more than 2 decimal places; round it to paise");
        }
        return value.setScale(2);
    }

    private static List<IncomingSalesDocument> group(List<ParsedRow> rows, Map<SalesSheetColumn, Integer> positions,
                                                     List<RowError> errors) {
        Map<List<Object>, List<ParsedRow>> byDocument = new LinkedHashMap<>();
        for (ParsedRow row : rows) {
            Object type = row.get(DOCUMENT_TYPE);
            Object number = row.get(DOCUMENT_NUMBER);
            if (type != null && number != null) {
                byDocument.computeIfAbsent(List.of(type, number), key -> new ArrayList<>()).add(row);
            }
        }
        List<IncomingSalesDocument> documents = new ArrayList<>();
        for (List<ParsedRow> documentRows : byDocument.values()) {
            ParsedRow first = documentRows.get(0);
            Map<Integer, Integer> lineRows = new HashMap<>();
            for (ParsedRow row : documentRows) {
                for (SalesSheetColumn column : positions.keySet()) {
                    if (column.documentLevel() && row != first && !Objects.equals(row.get(column), first.get(column))) {
                        errors.add(new RowError(row.number(), column.header(), "differs from row " + first.number()
                                + " of the same document " + first.get(DOCUMENT_NUMBER) + " ('" + shown(row.get(column))
                                + "' here, '" + shown(first.get(column)) + "' there); document-level columns"
                                + " must be the same on every row of a document"));
                    }
                }
                Object lineNo = row.get(LINE_NO);
                if (lineNo != null) {
                    Integer earlier = lineRows.putIfAbsent((Integer) lineNo, row.number());
                    if (earlier != null) {
                        errors.add(new RowError(row.number(), LINE_NO.header(), "line " + lineNo + " of document "
                                + first.get(DOCUMENT_NUMBER) + " is already on row " + earlier + "; number lines 1, 2, 3, ..."));
                    }
                }
            }
            if (documentRows.stream().allMatch(ParsedRow::readable)) {
                documents.add(document(first, documentRows));
            }
        }
        return documents;
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }

    private static IncomingSalesDocument document(ParsedRow first, List<ParsedRow> rows) {
        Buyer buyer = new Buyer((String) first.get(BUYER_GSTIN), (String) first.get(BUYER_NAME),
                (String) first.get(BUYER_STATE), (String) first.get(BUYER_ADDRESS), (String) first.get(BUYER_PINCODE),
                (String) first.get(BUYER_EMAIL), (String) first.get(BUYER_PHONE));
        boolean noBuyer = buyer.equals(new Buyer(null, null, null, null, null, null, null));
        PrecedingDocument preceding = first.get(PRECEDING_NUMBER) == null && first.get(PRECEDING_DATE) == null ? null
                : new PrecedingDocument((String) first.get(PRECEDING_NUMBER), (LocalDate) first.get(PRECEDING_DATE));
        List<Line> lines = rows.stream().map(SalesSheet::line).toList();
        return new IncomingSalesDocument(null, (String) first.get(DOCUMENT_TYPE), (String) first.get(DOCUMENT_NUMBER),
                (LocalDate) first.get(DOCUMENT_DATE), (String) first.get(SUPPLIER_GSTIN), (String) first.get(SUPPLY_TYPE),
                Boolean.TRUE.equals(first.get(REVERSE_CHARGE)), (String) first.get(PLACE_OF_SUPPLY),
                noBuyer ? null : buyer, preceding, lines, null, null, gstReporting(first));
    }

    /** Null when the sheet has none of the GST return columns, so such documents hash as before. */
    private static IncomingSalesDocument.GstReporting gstReporting(ParsedRow first) {
        String eco = (String) first.get(ECOMMERCE_GSTIN);
        String port = (String) first.get(PORT_CODE);
        String bill = (String) first.get(SHIPPING_BILL_NUMBER);
        LocalDate billDate = (LocalDate) first.get(SHIPPING_BILL_DATE);
        if (eco == null && port == null && bill == null && billDate == null) {
            return null;
        }
        return new IncomingSalesDocument.GstReporting(eco, port, bill, billDate, false);
    }

    private static Line line(ParsedRow row) {
        String hsn = (String) row.get(HSN);
        Object service = row.get(SERVICE);
        return new Line((Integer) row.get(LINE_NO), (String) row.get(DESCRIPTION), hsn,
                service == null ? hsn.startsWith("99") : (Boolean) service,
                (BigDecimal) row.get(QUANTITY), (String) row.get(UQC), (BigDecimal) row.get(UNIT_PRICE),
                rupeesOrZero(row, DISCOUNT), (BigDecimal) row.get(TAXABLE_VALUE), (BigDecimal) row.get(GST_RATE),
                rupeesOrZero(row, IGST), rupeesOrZero(row, CGST), rupeesOrZero(row, SGST), rupeesOrZero(row, CESS),
                (String) row.get(TAX_CATEGORY));
    }

    private static BigDecimal rupeesOrZero(ParsedRow row, SalesSheetColumn column) {
        Object value = row.get(column);
        return value == null ? ZERO_RUPEES : (BigDecimal) value;
    }
}

package dev.lekha.mappings.salesregister;

import dev.lekha.mappings.salesregister.SalesRegisterRow.RateAmounts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the sales register as an XLSX workbook, one document at a time, in flat memory: rows are
 * streamed through POI's {@link SXSSFWorkbook}, which keeps a window of {@value #ROWS_IN_MEMORY} rows
 * and spills older ones to compressed temporary files that {@link #close()} deletes.
 *
 * <p>Sheet "Sales register": a header block (company, GSTIN, period, generation time), a frozen
 * column-header row, one row per document with numeric cells in a 2-decimal format, and a totals row
 * holding exact {@link BigDecimal} sums as values (not formulas, so every reader sees them). Sheet
 * "Summary by rate": taxable value and taxes per GST rate, when the rows carry
 * {@link SalesRegisterRow#byRate()}.
 *
 * <p>Use: {@code try (var register = SalesRegisterWorkbook.begin(header)) { rows.forEach(register::add);
 * register.finish(out); }}. Not thread-safe; one register per run.
 */
public final class SalesRegisterWorkbook implements AutoCloseable {

    /** The register sheet's name. */
    public static final String REGISTER_SHEET = "Sales register";
    /** The per-rate summary sheet's name. */
    public static final String SUMMARY_SHEET = "Summary by rate";
    /** The 0-based index of the column-header row; documents start on the row after it. */
    public static final int COLUMN_HEADER_ROW = 6;

    static final int ROWS_IN_MEMORY = 200;
    private static final List<String> COLUMNS = List.of("Date", "Type", "Number", "Buyer name", "Buyer GSTIN",
            "Place of supply", "Supply type", "Taxable value", "IGST", "CGST", "SGST", "Cess", "Total");
    private static final int[] WIDTHS = {12, 6, 18, 36, 18, 8, 10, 16, 14, 14, 14, 12, 16};
    private static final List<String> SUMMARY_COLUMNS =
            List.of("GST rate (%)", "Taxable value", "IGST", "CGST", "SGST", "Cess", "Total tax");
    private static final int SIGNIFICANT_DIGITS = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'IST'").withZone(ZoneId.of("Asia/Kolkata"));

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle amountStyle;
    private final CellStyle dateStyle;
    private final CellStyle boldStyle;
    private final CellStyle totalAmountStyle;
    private final Sums totals = new Sums();
    private final Map<BigDecimal, Sums> byRate = new TreeMap<>();
    private Boolean rowsCarryRates;
    private int nextRow = COLUMN_HEADER_ROW + 1;
    private boolean finished;

    private SalesRegisterWorkbook(SalesRegisterHeader header) {
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(header.generatedAt())));
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        short twoDecimals = workbook.createDataFormat().getFormat("#,##0.00");
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(twoDecimals);
        totalAmountStyle = workbook.createCellStyle();
        totalAmountStyle.setDataFormat(twoDecimals);
        totalAmountStyle.setFont(bold);
        totalAmountStyle.setBorderTop(BorderStyle.THIN);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
        sheet = workbook.createSheet(REGISTER_SHEET);
        writeHeader(header);
    }

    /**
     * Starts a register: writes the header block and the column headers.
     *
     * @param header must not be null
     */
    public static SalesRegisterWorkbook begin(SalesRegisterHeader header) {
        return new SalesRegisterWorkbook(header);
    }

    /**
     * Appends one document.
     *
     * @throws IllegalArgumentException if the row's rate breakdown does not add up to its amounts, if
     *                                  some rows carry a breakdown and others not, or if an amount has
     *                                  more than 15 significant digits (a spreadsheet's precision)
     * @throws IllegalStateException    after {@link #finish}
     */
    public void add(SalesRegisterRow row) {
        if (finished) {
            throw new IllegalStateException("the register is finished; begin a new one");
        }
        checkRates(row);
        Row r = sheet.createRow(nextRow++);
        Cell date = r.createCell(0);
        date.setCellValue(row.documentDate());
        date.setCellStyle(dateStyle);
        text(r, 1, row.documentType());
        text(r, 2, row.documentNumber());
        text(r, 3, row.buyerName());
        text(r, 4, row.buyerGstin());
        text(r, 5, row.placeOfSupply());
        text(r, 6, row.supplyType());
        List<BigDecimal> amounts = List.of(row.taxableValue(), row.igst(), row.cgst(), row.sgst(), row.cess(), row.total());
        for (int i = 0; i < amounts.size(); i++) {
            amount(r, 7 + i, amounts.get(i), amountStyle, row.documentNumber());
        }
        totals.add(row.taxableValue(), row.igst(), row.cgst(), row.sgst(), row.cess(), row.total());
        for (RateAmounts rate : row.byRate()) {
            byRate.computeIfAbsent(rate.gstRate().stripTrailingZeros(), key -> new Sums())
                    .add(rate.taxableValue(), rate.igst(), rate.cgst(), rate.sgst(), rate.cess(),
                            rate.igst().add(rate.cgst()).add(rate.sgst()).add(rate.cess()));
        }
    }

    /**
     * Writes the totals row (and the summary sheet) and the whole workbook to {@code out}, which
     * stays open. The register cannot be added to afterwards.
     *
     * @return the totals written
     * @throws UncheckedIOException if {@code out} fails
     */
    public SalesRegisterTotals finish(OutputStream out) {
        if (finished) {
            throw new IllegalStateException("the register is already finished");
        }
        finished = true;
        Row r = sheet.createRow(nextRow);
        Cell label = r.createCell(0);
        label.setCellValue("Total (" + totals.documents + (totals.documents == 1 ? " document)" : " documents)"));
        label.setCellStyle(boldStyle);
        List<BigDecimal> sums = totals.amounts();
        for (int i = 0; i < sums.size(); i++) {
            amount(r, 7 + i, sums.get(i), totalAmountStyle, "the totals row");
        }
        if (Boolean.TRUE.equals(rowsCarryRates)) {
            writeSummary();
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sales register: " + e.getMessage(), e);
        }
        return new SalesRegisterTotals(totals.documents, sums.get(0), sums.get(1), sums.get(2), sums.get(3),
                sums.get(4), sums.get(5));
    }

    /** Deletes the temporary files; always call it (try-with-resources), finished or not. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the sales register workbook", e);
        }
    }

    private void writeHeader(SalesRegisterHeader header) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Sales register");
        title.setCellStyle(boldStyle);
        labelled(1, "Company", header.companyName());
        labelled(2, "GSTIN", header.gstin());
        labelled(3, "Period", DAY.format(header.from()) + " to " + DAY.format(header.to()));
        labelled(4, "Generated", GENERATED.format(header.generatedAt()));
        Row columns = sheet.createRow(COLUMN_HEADER_ROW);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = columns.createCell(i);
            cell.setCellValue(COLUMNS.get(i));
            cell.setCellStyle(boldStyle);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, COLUMN_HEADER_ROW + 1);
    }

    private void labelled(int row, String label, String value) {
        Row r = sheet.createRow(row);
        Cell cell = r.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(boldStyle);
        r.createCell(1).setCellValue(value);
    }

    private void writeSummary() {
        SXSSFSheet summary = workbook.createSheet(SUMMARY_SHEET);
        Row header = summary.createRow(0);
        for (int i = 0; i < SUMMARY_COLUMNS.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(SUMMARY_COLUMNS.get(i));
            cell.setCellStyle(boldStyle);
            summary.setColumnWidth(i, 16 * 256);
        }
        summary.createFreezePane(0, 1);
        int row = 1;
        Sums all = new Sums();
        for (Map.Entry<BigDecimal, Sums> rate : byRate.entrySet()) {
            Row r = summary.createRow(row++);
            r.createCell(0).setCellValue(rate.getKey().doubleValue());
            List<BigDecimal> sums = rate.getValue().amounts();
            for (int i = 0; i < sums.size(); i++) {
                amount(r, 1 + i, sums.get(i), amountStyle, "rate " + rate.getKey().toPlainString());
            }
            all.add(sums.get(0), sums.get(1), sums.get(2), sums.get(3), sums.get(4), sums.get(5));
        }
        Row r = summary.createRow(row);
        Cell label = r.createCell(0);
        label.setCellValue("Total");
        label.setCellStyle(boldStyle);
        List<BigDecimal> sums = all.amounts();
        for (int i = 0; i < sums.size(); i++) {
            amount(r, 1 + i, sums.get(i), totalAmountStyle, "the summary totals row");
        }
    }

    private void checkRates(SalesRegisterRow row) {
        boolean carries = !row.byRate().isEmpty();
        if (rowsCarryRates == null) {
            rowsCarryRates = carries;
        } else if (rowsCarryRates != carries) {
            throw new IllegalArgumentException("document " + row.documentNumber() + (carries ? " has" : " has no")
                    + " amounts by rate but earlier documents " + (carries ? "have none" : "have them")
                    + "; give every row its byRate amounts, or none");
        }
        if (carries) {
            Sums sum = new Sums();
            row.byRate().forEach(rate -> sum.add(rate.taxableValue(), rate.igst(), rate.cgst(), rate.sgst(),
                    rate.cess(), BigDecimal.ZERO));
            List<BigDecimal> expected = List.of(row.taxableValue(), row.igst(), row.cgst(), row.sgst(), row.cess());
            List<String> names = List.of("taxable value", "IGST", "CGST", "SGST", "cess");
            for (int i = 0; i < expected.size(); i++) {
                if (sum.amounts().get(i).compareTo(expected.get(i)) != 0) {
                    throw new IllegalArgumentException("document " + row.documentNumber() + ": the " + names.get(i)
                            + " by rate adds up to " + sum.amounts().get(i).toPlainString() + ", not the document's "
                            + expected.get(i).toPlainString());
                }
            }
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isBlank()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style, String where) {
        if (value.setScale(2, RoundingMode.HALF_UP).precision() > SIGNIFICANT_DIGITS) {
            throw new IllegalArgumentException(where + ": " + value.toPlainString() + " has more digits than a"
                    + " spreadsheet number holds (" + SIGNIFICANT_DIGITS + ")");
        }
        Cell cell = row.createCell(column);
        // a spreadsheet number is a double; a 2-decimal amount of up to 15 digits survives the trip exactly
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Exact running sums of taxable value, IGST, CGST, SGST, cess and total. */
    private static final class Sums {
        private long documents;
        private final BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO};

        void add(BigDecimal... values) {
            documents++;
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] = amounts[i].add(values[i]);
            }
        }

        /** The sums, each with at least 2 decimals. */
        List<BigDecimal> amounts() {
            return Arrays.stream(amounts).map(sum -> sum.scale() < 2 ? sum.setScale(2) : sum).toList();
        }
    }
}

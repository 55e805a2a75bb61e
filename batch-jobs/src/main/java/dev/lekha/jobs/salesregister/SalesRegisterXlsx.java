package dev.lekha.jobs.salesregister;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sales register as an XLSX workbook, written row by row (POI streaming) so a large period never
 * sits in memory: a title row, a header row, one row per document and a {@code Total} row whose
 * amounts are summed exactly in {@link BigDecimal}. Credit notes ({@code CRN}) reduce the period's
 * supplies, so their amounts are shown and summed negative.
 */
final class SalesRegisterXlsx implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "Sales register";
    static final int HEADER_ROW = 2;

    private static final List<String> TEXT_HEADERS = List.of("Supplier GSTIN", "Type", "Number", "Date", "Period",
            "Supply type", "Reverse charge", "Place of supply", "Buyer GSTIN", "Buyer name");

    private static final List<Amount> AMOUNTS = List.of(
            new Amount("Taxable value", SalesRegisterLine::taxableValue),
            new Amount("IGST", SalesRegisterLine::igst),
            new Amount("CGST", SalesRegisterLine::cgst),
            new Amount("SGST", SalesRegisterLine::sgst),
            new Amount("Cess", SalesRegisterLine::cess),
            new Amount("Other charges", SalesRegisterLine::otherCharges),
            new Amount("Round off", SalesRegisterLine::roundOff),
            new Amount("Total value", SalesRegisterLine::totalValue));

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet = workbook.createSheet(SHEET);
    private final CellStyle money = workbook.createCellStyle();
    private final CellStyle date = workbook.createCellStyle();
    private final CellStyle bold = workbook.createCellStyle();
    private final List<BigDecimal> totals = new ArrayList<>();
    private int nextRow = HEADER_ROW + 1;

    SalesRegisterXlsx(String title) {
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold.setFont(boldFont);
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(bold);
        Row header = sheet.createRow(HEADER_ROW);
        int col = 0;
        for (String name : TEXT_HEADERS) {
            header(header, col++, name);
        }
        for (Amount amount : AMOUNTS) {
            header(header, col++, amount.header());
            totals.add(BigDecimal.ZERO);
        }
    }

    void add(SalesRegisterLine line) {
        Row row = sheet.createRow(nextRow++);
        int col = 0;
        row.createCell(col++).setCellValue(line.supplierGstin());
        row.createCell(col++).setCellValue(line.docType());
        row.createCell(col++).setCellValue(line.docNumber());
        Cell dateCell = row.createCell(col++);
        dateCell.setCellValue(line.docDate());
        dateCell.setCellStyle(date);
        row.createCell(col++).setCellValue(line.returnPeriod());
        text(row, col++, line.supplyType());
        row.createCell(col++).setCellValue(line.reverseCharge() ? "Y" : "N");
        text(row, col++, line.placeOfSupply());
        text(row, col++, line.buyerGstin());
        text(row, col++, line.buyerName());
        for (int i = 0; i < AMOUNTS.size(); i++) {
            BigDecimal value = AMOUNTS.get(i).of().apply(line);
            if ("CRN".equals(line.docType())) {
                value = value.negate();
            }
            amount(row, col++, value);
            totals.set(i, totals.get(i).add(value));
        }
    }

    /** Adds the totals row and writes the workbook; call once. */
    void writeTo(OutputStream out) throws IOException {
        Row row = sheet.createRow(nextRow);
        Cell label = row.createCell(0);
        label.setCellValue("Total");
        label.setCellStyle(bold);
        row.createCell(1).setCellValue(nextRow - HEADER_ROW - 1);
        int col = TEXT_HEADERS.size();
        for (BigDecimal total : totals) {
            amount(row, col++, total);
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void header(Row row, int col, String name) {
        Cell cell = row.createCell(col);
        cell.setCellValue(name);
        cell.setCellStyle(bold);
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }

    private void amount(Row row, int col, BigDecimal value) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(money);
    }

    private record Amount(String header, Function<SalesRegisterLine, BigDecimal> of) {
    }
}

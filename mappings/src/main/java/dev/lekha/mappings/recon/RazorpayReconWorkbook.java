package dev.lekha.mappings.recon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * razorpay-recon as an XLSX: "Settlements" (one row each: settled amount, payments, refunds, fees with the tax
 * in them, transfers, adjustments, the computed amount, difference, UTR, the bank line found, CLEAN or the
 * number of issues) and "Issues" (kind, expected, actual and the rows behind it).
 */
public final class RazorpayReconWorkbook implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet settlements;
    private final SXSSFSheet issues;
    private final CellStyle amount;
    private final CellStyle bold;
    private int nextSettlement = 2;
    private int nextIssue = 1;

    public RazorpayReconWorkbook(String title) {
        Font f = workbook.createFont();
        f.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(f);
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        settlements = workbook.createSheet("Settlements");
        settlements.createRow(0).createCell(0).setCellValue(title);
        header(settlements, 1, "Settlement", "Settled on", "Settled amount", "Payments", "Refunds", "Fees (tax included)",
                "Tax in fees", "Transfers", "Adjustments", "Computed", "Difference", "UTR", "Bank line", "Result");
        issues = workbook.createSheet("Issues");
        header(issues, 0, "Settlement", "Kind", "Expected", "Actual", "Detail (rows behind it)");
    }

    private void header(SXSSFSheet sheet, int at, String... names) {
        Row r = sheet.createRow(at);
        for (int i = 0; i < names.length; i++) {
            Cell c = r.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(bold);
        }
    }

    public void settlement(String id, String settledOn, BigDecimal settled, SettlementCheck.Totals t, String utr,
                           Long bankLineId, int issueCount) {
        Row r = settlements.createRow(nextSettlement++);
        r.createCell(0).setCellValue(id);
        r.createCell(1).setCellValue(settledOn);
        money(r, 2, settled);
        money(r, 3, t.payments());
        money(r, 4, t.refunds());
        money(r, 5, t.fees());
        money(r, 6, t.tax());
        money(r, 7, t.transfers());
        money(r, 8, t.adjustments());
        money(r, 9, t.computed());
        money(r, 10, settled.subtract(t.computed()));
        if (utr != null) {
            r.createCell(11).setCellValue(utr);
        }
        if (bankLineId != null) {
            r.createCell(12).setCellValue(bankLineId);
        }
        r.createCell(13).setCellValue(issueCount == 0 ? "CLEAN" : issueCount + " issue(s)");
    }

    public void issue(String settlementId, String kind, BigDecimal expected, BigDecimal actual, String detail) {
        Row r = issues.createRow(nextIssue++);
        r.createCell(0).setCellValue(settlementId);
        r.createCell(1).setCellValue(kind);
        money(r, 2, expected);
        money(r, 3, actual);
        r.createCell(4).setCellValue(detail);
    }

    private void money(Row r, int c, BigDecimal v) {
        if (v != null) {
            Cell cell = r.createCell(c);
            cell.setCellValue(v.doubleValue());
            cell.setCellStyle(amount);
        }
    }

    public void finish(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.lekha.mappings.mrp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code MRP_PLAN_XLSX}: a plan as a workbook written in flat memory (SXSSF).
 *
 * <p>"Records": the full time-phased record of every item in planning order, six rows per item (gross requirements,
 * scheduled receipts, projected on hand, net requirements, planned receipts, planned releases), one column per bucket
 * headed by its first day, after the item's code, name, source, low-level code, lead time, lot rule, on hand and
 * safety stock. "Planned orders": one row per order. "Pegging": one row per peg. "Exceptions". A sheet stops at
 * {@value #MAX_ROWS} rows (XLSX holds 1,048,576) and says so in its last row.
 */
public final class MrpPlanWorkbook {

    public static final int MAX_ROWS = 1_000_000;
    static final List<String> RECORD_ROWS = List.of("Gross requirements", "Scheduled receipts", "Projected on hand",
            "Net requirements", "Planned receipts", "Planned releases");

    private MrpPlanWorkbook() {
    }

    /** Writes the plan to {@code out} (not closed). */
    public static void write(MrpPlan plan, String title, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            records(wb.createSheet("Records"), plan, title, header);
            orders(wb.createSheet("Planned orders"), plan, header);
            pegging(wb.createSheet("Pegging"), plan, header);
            exceptions(wb.createSheet("Exceptions"), plan, header);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void records(SXSSFSheet sheet, MrpPlan plan, String title, CellStyle header) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row h = sheet.createRow(1);
        String[] fixed = {"Item", "Name", "Source", "Low-level code", "Lead time (days)", "Lot rule", "On hand",
            "Safety stock", "Row"};
        for (int c = 0; c < fixed.length; c++) {
            cell(h, c, fixed[c], header);
        }
        int n = plan.horizon().bucketCount();
        for (int b = 0; b < n; b++) {
            cell(h, fixed.length + b, plan.horizon().bucketStart(b).toString(), header);
        }
        sheet.createFreezePane(fixed.length, 2);
        int r = 2;
        for (ItemRecord rec : plan.records()) {
            List<List<BigDecimal>> rows = List.of(rec.gross(), rec.scheduledReceipts(), rec.projectedOnHand(),
                    rec.net(), rec.plannedReceipts(), rec.plannedReleases());
            for (int k = 0; k < rows.size(); k++) {
                if (r >= MAX_ROWS) {
                    sheet.createRow(r).createCell(0).setCellValue("Stopped at " + MAX_ROWS + " rows: the plan has "
                            + plan.records().size() + " items");
                    return;
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rec.itemCode());
                row.createCell(1).setCellValue(rec.name());
                row.createCell(2).setCellValue(rec.source().name());
                row.createCell(3).setCellValue(rec.lowLevelCode());
                if (rec.leadTimeDays() != null) {
                    row.createCell(4).setCellValue(rec.leadTimeDays());
                }
                row.createCell(5).setCellValue(rec.lotRule().name());
                row.createCell(6).setCellValue(rec.onHand().doubleValue());
                row.createCell(7).setCellValue(rec.safetyStock().doubleValue());
                row.createCell(8).setCellValue(RECORD_ROWS.get(k));
                List<BigDecimal> values = rows.get(k);
                for (int b = 0; b < values.size(); b++) {
                    // a spreadsheet number: quantities have at most 4 decimals, well within a double's precision
                    row.createCell(fixed.length + b).setCellValue(values.get(b).doubleValue());
                }
            }
        }
    }

    private static void orders(SXSSFSheet sheet, MrpPlan plan, CellStyle header) {
        Row h = sheet.createRow(0);
        String[] cols = {"Order", "Item", "Type", "Quantity", "Release date", "Due date", "Estimated cost", "Past due",
            "Pegs"};
        for (int c = 0; c < cols.length; c++) {
            cell(h, c, cols[c], header);
        }
        int r = 1;
        for (PlannedOrder o : plan.orders()) {
            if (r >= MAX_ROWS) {
                sheet.createRow(r).createCell(0).setCellValue("Stopped at " + MAX_ROWS + " rows of "
                        + plan.orders().size() + " orders");
                return;
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(o.number());
            row.createCell(1).setCellValue(o.itemCode());
            row.createCell(2).setCellValue(o.type().name());
            row.createCell(3).setCellValue(o.quantity().doubleValue());
            row.createCell(4).setCellValue(o.releaseDate().toString());
            row.createCell(5).setCellValue(o.dueDate().toString());
            row.createCell(6).setCellValue(o.estimatedCost().doubleValue());
            row.createCell(7).setCellValue(o.pastDue() ? "yes" : "no");
            row.createCell(8).setCellValue(o.pegs().size());
        }
    }

    private static void pegging(SXSSFSheet sheet, MrpPlan plan, CellStyle header) {
        Row h = sheet.createRow(0);
        String[] cols = {"Order", "Item", "Quantity", "Demand kind", "Demand", "End item", "Demand date",
            "Via parent order"};
        for (int c = 0; c < cols.length; c++) {
            cell(h, c, cols[c], header);
        }
        int r = 1;
        for (PlannedOrder o : plan.orders()) {
            for (Peg p : o.pegs()) {
                if (r >= MAX_ROWS) {
                    sheet.createRow(r).createCell(0).setCellValue("Stopped at " + MAX_ROWS + " rows");
                    return;
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.number());
                row.createCell(1).setCellValue(o.itemCode());
                row.createCell(2).setCellValue(p.quantity().doubleValue());
                row.createCell(3).setCellValue(p.demandKind() == null ? "PARENT SURPLUS" : p.demandKind().name());
                row.createCell(4).setCellValue(p.demandRef() == null ? "" : p.demandRef());
                row.createCell(5).setCellValue(p.endItemCode() == null ? "" : p.endItemCode());
                row.createCell(6).setCellValue(p.demandDate() == null ? "" : p.demandDate().toString());
                row.createCell(7).setCellValue(p.viaOrder() == null ? "" : p.viaOrder());
            }
        }
    }

    private static void exceptions(SXSSFSheet sheet, MrpPlan plan, CellStyle header) {
        Row h = sheet.createRow(0);
        String[] cols = {"Kind", "Item", "Order", "Message"};
        for (int c = 0; c < cols.length; c++) {
            cell(h, c, cols[c], header);
        }
        int r = 1;
        for (PlanException e : plan.exceptions()) {
            if (r >= MAX_ROWS) {
                return;
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.kind().name());
            row.createCell(1).setCellValue(e.itemCode());
            row.createCell(2).setCellValue(e.orderNumber() == null ? "" : e.orderNumber());
            row.createCell(3).setCellValue(e.message());
        }
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}

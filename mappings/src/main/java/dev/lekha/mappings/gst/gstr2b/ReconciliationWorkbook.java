package dev.lekha.mappings.gst.gstr2b;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The GSTR-2B reconciliation as an XLSX workbook, written in flat memory (POI's {@link SXSSFWorkbook}
 * keeps {@value #ROWS_IN_MEMORY} rows per sheet and spills the rest to temporary files that
 * {@link #close()} deletes).
 *
 * <p>Sheet "Summary": per outcome the number of lines and the tax (IGST, CGST, SGST, cess) on the 2B
 * side (the books side for lines missing in 2B), and "ITC claimable": the 2B tax of exact matches, manual
 * matches and accepted pairs. One sheet per outcome (named as the outcome, e.g. {@code EXACT_MATCH})
 * with the books side, the 2B side, the rule, the reason, the differences and the decision.
 *
 * <p>Use: {@code try (var wb = ReconciliationWorkbook.begin(title)) { pairs.forEach(wb::add); wb.finish(out); }}.
 */
public final class ReconciliationWorkbook implements AutoCloseable {

    public static final String SUMMARY_SHEET = "Summary";
    static final int ROWS_IN_MEMORY = 200;
    private static final List<String> COLUMNS = List.of(
            "Books id", "Supplier GSTIN", "Type", "Number", "Date", "POS", "RCM", "Taxable value", "IGST", "CGST",
            "SGST", "Cess",
            "2B id", "2B supplier GSTIN", "2B type", "2B number", "2B date", "2B POS", "2B RCM", "2B taxable value",
            "2B IGST", "2B CGST", "2B SGST", "2B cess",
            "Rule", "Reason", "Differences", "Decision");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final String title;
    private final Map<ReconOutcome, SXSSFSheet> sheets = new EnumMap<>(ReconOutcome.class);
    private final Map<ReconOutcome, Integer> nextRow = new EnumMap<>(ReconOutcome.class);
    private final Map<ReconOutcome, Totals> totals = new EnumMap<>(ReconOutcome.class);
    private final Totals claimable = new Totals();
    private final CellStyle amountStyle;
    private final CellStyle boldStyle;

    private ReconciliationWorkbook(String title) {
        this.title = title;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        workbook.createSheet(SUMMARY_SHEET);
        for (ReconOutcome outcome : ReconOutcome.values()) {
            SXSSFSheet sheet = workbook.createSheet(outcome.name());
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(boldStyle);
            }
            sheet.createFreezePane(0, 1);
            sheets.put(outcome, sheet);
            nextRow.put(outcome, 1);
            totals.put(outcome, new Totals());
        }
    }

    /** @param title e.g. {@code GSTR-2B reconciliation 27AAACL1234C1Z5, FY 2024-25 to 092024} */
    public static ReconciliationWorkbook begin(String title) {
        return new ReconciliationWorkbook(title);
    }

    /** Adds one line to its outcome's sheet and to the summary. */
    public void add(ReconPair pair) {
        SXSSFSheet sheet = sheets.get(pair.outcome());
        int r = nextRow.merge(pair.outcome(), 1, Integer::sum) - 1;
        Row row = sheet.createRow(r);
        int c = side(row, 0, pair.book());
        c = side(row, c, pair.portal());
        row.createCell(c++).setCellValue(pair.rule().name());
        row.createCell(c++).setCellValue(pair.reason());
        row.createCell(c++).setCellValue(pair.differencesText());
        row.createCell(c).setCellValue(pair.decision() == null ? "" : pair.decision().name());
        ReconDocument taxed = pair.portal() != null ? pair.portal() : pair.book();
        totals.get(pair.outcome()).add(taxed);
        if (pair.portal() != null && pair.book() != null && (pair.outcome() == ReconOutcome.EXACT_MATCH
                || pair.outcome() == ReconOutcome.MANUAL_MATCH || pair.decision() == ReconDecision.Kind.ACCEPTED)) {
            claimable.add(pair.portal());
        }
    }

    private int side(Row row, int c, ReconDocument d) {
        if (d == null) {
            return c + 12;
        }
        row.createCell(c++).setCellValue(d.id());
        row.createCell(c++).setCellValue(d.supplierGstin() == null ? "" : d.supplierGstin());
        row.createCell(c++).setCellValue(d.documentType());
        row.createCell(c++).setCellValue(d.number());
        row.createCell(c++).setCellValue(d.date().toString());
        row.createCell(c++).setCellValue(d.placeOfSupply() == null ? "" : d.placeOfSupply());
        row.createCell(c++).setCellValue(d.reverseCharge() ? "Y" : "N");
        for (BigDecimal amount : List.of(d.taxableValue(), d.igst(), d.cgst(), d.sgst(), d.cess())) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(amount.doubleValue()); // a cell holds a double; the exact text is in the books
            cell.setCellStyle(amountStyle);
        }
        return c;
    }

    /** Writes the summary and the workbook. */
    public void finish(OutputStream out) {
        SXSSFSheet summary = workbook.getSheet(SUMMARY_SHEET);
        summary.createRow(0).createCell(0).setCellValue(title);
        Row header = summary.createRow(2);
        List<String> heads = List.of("Outcome", "Lines", "IGST", "CGST", "SGST", "Cess", "Total tax");
        for (int i = 0; i < heads.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(heads.get(i));
            cell.setCellStyle(boldStyle);
        }
        int r = 3;
        for (ReconOutcome outcome : ReconOutcome.values()) {
            totals.get(outcome).write(summary.createRow(r++), outcome.name());
        }
        claimable.write(summary.createRow(r + 1), "ITC claimable");
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reconciliation workbook", e);
        }
    }

    /** Lines counted so far per outcome. */
    public Map<ReconOutcome, Long> counts() {
        Map<ReconOutcome, Long> counts = new EnumMap<>(ReconOutcome.class);
        totals.forEach((k, v) -> counts.put(k, v.lines));
        return counts;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Totals {
        long lines;
        BigDecimal igst = BigDecimal.ZERO.setScale(2);
        BigDecimal cgst = BigDecimal.ZERO.setScale(2);
        BigDecimal sgst = BigDecimal.ZERO.setScale(2);
        BigDecimal cess = BigDecimal.ZERO.setScale(2);

        void add(ReconDocument d) {
            lines++;
            boolean credit = "CRN".equals(d.documentType()) || "ISDC".equals(d.documentType());
            igst = credit ? igst.subtract(d.igst()) : igst.add(d.igst());
            cgst = credit ? cgst.subtract(d.cgst()) : cgst.add(d.cgst());
            sgst = credit ? sgst.subtract(d.sgst()) : sgst.add(d.sgst());
            cess = credit ? cess.subtract(d.cess()) : cess.add(d.cess());
        }

        void write(Row row, String label) {
            row.createCell(0).setCellValue(label);
            row.createCell(1).setCellValue(lines);
            int c = 2;
            for (BigDecimal v : List.of(igst, cgst, sgst, cess, igst.add(cgst).add(sgst).add(cess))) {
                Cell cell = row.createCell(c++);
                cell.setCellValue(v.doubleValue());
                cell.setCellStyle(amountStyle);
            }
        }
    }
}

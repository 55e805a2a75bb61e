package dev.lekha.mappings.recon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The bank reconciliation of one account over a range, as an XLSX written in flat memory (SXSSF).
 *
 * <p>"Summary": lines and amount in the range, matched (confirmed or posted) lines and amount, the match
 * rate by count and by amount, suggested and unmatched lines, and the unmatched lines per ageing bucket
 * (days from value date to the end of the range: 0–7, 8–30, 31–60, 61–90, over 90). "Matches": every
 * confirmed match and suggestion with rule, confidence and reason. "Unmatched lines": with age and bucket.
 * "Unmatched items": receivables, payables and settlements still open. Detail sheets stop at
 * {@value #MAX_ROWS} rows (XLSX holds 1,048,576) and say so.
 */
public final class BankReconWorkbook implements AutoCloseable {

    public static final int MAX_ROWS = 1_000_000;
    public static final List<String> BUCKETS = List.of("0-7", "8-30", "31-60", "61-90", ">90");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final String title;
    private final LocalDate asOf;
    private final SXSSFSheet summary;
    private final SXSSFSheet matches;
    private final SXSSFSheet lines;
    private final SXSSFSheet items;
    private final int[] next = {1, 1, 1};
    private final CellStyle amountStyle;
    private final CellStyle boldStyle;
    private long lineCount;
    private BigDecimal lineAmount = BigDecimal.ZERO;
    private long matchedCount;
    private BigDecimal matchedAmount = BigDecimal.ZERO;
    private long suggestedCount;
    private final long[] bucketCount = new long[5];
    private final BigDecimal[] bucketAmount = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO};

    public BankReconWorkbook(String title, LocalDate asOf) {
        this.title = title;
        this.asOf = asOf;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        summary = workbook.createSheet("Summary");
        matches = sheet("Matches", "Line id", "Value date", "Direction", "Line amount", "Narration", "Target type",
                "Target id", "Target", "Amount applied", "Rule", "Confidence", "Status", "Reason", "Decided by",
                "Journal entry");
        lines = sheet("Unmatched lines", "Line id", "Value date", "Direction", "Amount", "Narration", "UTR", "Status",
                "Age (days)", "Ageing bucket");
        items = sheet("Unmatched items", "Type", "Id", "Number", "Date", "Party", "Outstanding", "Reference");
    }

    private SXSSFSheet sheet(String name, String... columns) {
        SXSSFSheet s = workbook.createSheet(name);
        Row header = s.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns[c]);
            cell.setCellStyle(boldStyle);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    /** Counts a line of the range; {@code status} is its recon status (MATCHED, POSTED, SUGGESTED, UNMATCHED...). */
    public void line(long id, LocalDate valueDate, String direction, BigDecimal amount, String narration, String utr,
                     String status) {
        lineCount++;
        lineAmount = lineAmount.add(amount);
        if ("MATCHED".equals(status) || "POSTED".equals(status) || "IGNORED".equals(status)) {
            matchedCount++;
            matchedAmount = matchedAmount.add(amount);
            return;
        }
        if ("SUGGESTED".equals(status)) {
            suggestedCount++;
        }
        long age = ChronoUnit.DAYS.between(valueDate, asOf);
        int bucket = bucket(age);
        bucketCount[bucket]++;
        bucketAmount[bucket] = bucketAmount[bucket].add(amount);
        Row r = row(lines, 1);
        if (r != null) {
            set(r, 0, id);
            set(r, 1, valueDate.toString());
            set(r, 2, direction);
            set(r, 3, amount);
            set(r, 4, narration);
            set(r, 5, utr);
            set(r, 6, status);
            set(r, 7, age);
            set(r, 8, BUCKETS.get(bucket));
        }
    }

    /** The ageing bucket of an age in days: 0–7, 8–30, 31–60, 61–90, over 90 (a negative age counts as 0–7). */
    public static int bucket(long days) {
        return days <= 7 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
    }

    public void match(long lineId, LocalDate valueDate, String direction, BigDecimal lineAmount, String narration,
                      String targetType, long targetId, String target, BigDecimal amount, String rule,
                      BigDecimal confidence, String status, String reason, String decidedBy, Long journalEntryId) {
        Row r = row(matches, 0);
        if (r == null) {
            return;
        }
        set(r, 0, lineId);
        set(r, 1, valueDate.toString());
        set(r, 2, direction);
        set(r, 3, lineAmount);
        set(r, 4, narration);
        set(r, 5, targetType);
        set(r, 6, targetId);
        set(r, 7, target);
        set(r, 8, amount);
        set(r, 9, rule);
        r.createCell(10).setCellValue(confidence.doubleValue());
        set(r, 11, status);
        set(r, 12, reason);
        set(r, 13, decidedBy);
        if (journalEntryId != null) {
            set(r, 14, journalEntryId);
        }
    }

    public void unmatchedItem(String type, long id, String number, LocalDate date, String party, BigDecimal outstanding,
                              String reference) {
        Row r = row(items, 2);
        if (r == null) {
            return;
        }
        set(r, 0, type);
        set(r, 1, id);
        set(r, 2, number);
        set(r, 3, date.toString());
        set(r, 4, party);
        set(r, 5, outstanding);
        set(r, 6, reference);
    }

    /** Matched lines / lines, 4 decimals; zero for no lines. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                RoundingMode.HALF_UP);
    }

    public void finish(OutputStream out) {
        int i = 0;
        Row t = summary.createRow(i++);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(boldStyle);
        i++;
        i = kv(i, "Lines", lineCount);
        i = kv(i, "Amount of lines", lineAmount);
        i = kv(i, "Lines matched or posted", matchedCount);
        i = kv(i, "Amount matched or posted", matchedAmount);
        i = kv(i, "Match rate (lines)", rate(matchedCount, lineCount));
        i = kv(i, "Match rate (amount)", lineAmount.signum() == 0 ? BigDecimal.ZERO
                : matchedAmount.divide(lineAmount, 4, RoundingMode.HALF_UP));
        i = kv(i, "Lines with suggestions", suggestedCount);
        i = kv(i, "Lines unmatched (with suggestions or none)", lineCount - matchedCount);
        i++;
        Row h = summary.createRow(i++);
        h.createCell(0).setCellValue("Unmatched lines by age as of " + asOf);
        h.createCell(1).setCellValue("Lines");
        h.createCell(2).setCellValue("Amount");
        for (int c = 0; c < 3; c++) {
            h.getCell(c).setCellStyle(boldStyle);
        }
        for (int b = 0; b < BUCKETS.size(); b++) {
            Row r = summary.createRow(i++);
            r.createCell(0).setCellValue(BUCKETS.get(b) + " days");
            set(r, 1, bucketCount[b]);
            set(r, 2, bucketAmount[b]);
        }
        summary.setColumnWidth(0, 40 * 256);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int kv(int i, String label, Object value) {
        Row r = summary.createRow(i);
        r.createCell(0).setCellValue(label);
        if (value instanceof BigDecimal b) {
            set(r, 1, b);
        } else {
            set(r, 1, ((Number) value).longValue());
        }
        return i + 1;
    }

    private Row row(SXSSFSheet sheet, int counter) {
        if (next[counter] > MAX_ROWS) {
            if (next[counter] == MAX_ROWS + 1) {
                sheet.createRow(next[counter]++).createCell(0).setCellValue("... more rows not shown (limit " + MAX_ROWS + ")");
            }
            return null;
        }
        return sheet.createRow(next[counter]++);
    }

    private void set(Row r, int c, String v) {
        if (v != null) {
            r.createCell(c).setCellValue(v);
        }
    }

    private void set(Row r, int c, long v) {
        r.createCell(c).setCellValue(v);
    }

    private void set(Row r, int c, BigDecimal v) {
        if (v != null) {
            Cell cell = r.createCell(c);
            cell.setCellValue(v.doubleValue());
            cell.setCellStyle(amountStyle);
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

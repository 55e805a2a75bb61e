package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.WorkbookStyles.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shape the state-wise statutory workbooks share (professional tax, labour welfare fund): one sheet per state
 * named by its code, each opening with "label | value" rows about the employer, or a single explanatory sheet when
 * no state has anything to file.
 */
final class StateSheets {

    /** Writes one state's sheet. */
    @FunctionalInterface
    interface StateSheet<T> {
        void write(Sheet sheet, String state, T content, WorkbookStyles styles);
    }

    private StateSheets() {
    }

    /**
     * Writes the workbook to {@code out} (which stays open): a sheet per entry of {@code byState} in its order, or,
     * when it is empty, one sheet {@code emptySheet} whose first cell says {@code emptyText}.
     *
     * @param what names the workbook in the error
     * @throws UncheckedIOException if {@code out} fails
     */
    static <T> void write(OutputStream out, Map<String, T> byState, StateSheet<T> sheet, String emptySheet,
                          String emptyText, String what) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (Map.Entry<String, T> e : byState.entrySet()) {
                sheet.write(workbook.createSheet(e.getKey()), e.getKey(), e.getValue(), styles);
            }
            if (byState.isEmpty()) {
                text(workbook.createSheet(emptySheet).createRow(0), 0, emptyText);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + what + ": " + e.getMessage(), e);
        }
    }

    /** A "label | value" row; a null value is written empty. */
    static void labelled(Sheet sheet, int row, String label, String value, WorkbookStyles styles) {
        Row r = sheet.createRow(row);
        text(r, 0, label, styles.bold);
        text(r, 1, value == null ? "" : value);
    }
}

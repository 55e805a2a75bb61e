package dev.lekha.mappings.payroll.inputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small XLSX workbooks for tests: strings as text cells, Numbers as numeric, LocalDates as date cells. */
final class Workbooks {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle dateStyle;

    Workbooks() {
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
    }

    Workbooks sheet(String name, Object[]... rows) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    row.createCell(c).setCellValue(d);
                    row.getCell(c).setCellStyle(dateStyle);
                } else if (v instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                } else {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object[] row(Object... cells) {
        return cells;
    }
}

package dev.lekha.mappings.payroll.files;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the payroll workbooks share, created once per workbook (a workbook caps its styles). */
final class WorkbookStyles {

    /** Rupees with two decimals and the rupee sign (Excel's en-IN currency code 4009). */
    static final String RUPEES = "[$\u20B9-4009]#,##0.00";

    final CellStyle bold;
    final CellStyle amount;
    final CellStyle totalAmount;
    final CellStyle number;

    WorkbookStyles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        short rupees = workbook.createDataFormat().getFormat(RUPEES);
        amount = workbook.createCellStyle();
        amount.setDataFormat(rupees);
        totalAmount = workbook.createCellStyle();
        totalAmount.setDataFormat(rupees);
        totalAmount.setFont(boldFont);
        totalAmount.setBorderTop(BorderStyle.THIN);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
    }

    static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A numeric cell; a spreadsheet holds 15 significant digits, far beyond any salary. */
    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}

package dev.lekha.mappings.payroll.inputs;

import java.util.List;
import java.util.Map;

/**
 * One sheet of a dropped workbook (or one CSV file) as text: its header and its non-blank rows. XLSX cells are
 * turned into the text a person would type: dates as {@code yyyy-MM-dd}, numbers in plain notation (no exponent,
 * no trailing zeros), booleans as TRUE/FALSE.
 *
 * @param sheet     the sheet's canonical name (e.g. {@code Attendance})
 * @param headers   the header cells as written
 * @param columns   normalised header (lower case, letters and digits only) to column index
 * @param rows      the data rows, blank rows left out
 */
record SheetTable(String sheet, List<String> headers, Map<String, Integer> columns, List<Row> rows) {

    /**
     * A data row.
     *
     * @param number the row number as the spreadsheet shows it (1-based, the header row counted)
     */
    record Row(int number, List<String> cells) {

        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return "";
            }
            String v = cells.get(index);
            return v == null ? "" : v.strip();
        }
    }

    /** Lower case, letters and digits only: "Employee Code", "employee_code" and "EMPLOYEE-CODE" are one header. */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

package dev.lekha.mappings.invoice;

import java.util.List;

/**
 * A bulk sheet read from CSV or XLSX: the header row (row 1) and the data rows, each numbered as a
 * spreadsheet program shows it.
 */
public record SheetTable(List<String> header, List<Row> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** @param number 1-based row number (the header is row 1); {@code cells} in header order, possibly shorter */
    public record Row(int number, List<SheetCell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public SheetCell cell(int index) {
            return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(SheetCell::isBlank);
        }
    }
}

package dev.lekha.mappings.sheet;

import dev.lekha.mappings.invoice.CsvSheet;
import dev.lekha.mappings.invoice.SheetTable;
import dev.lekha.mappings.invoice.UnreadableSheetException;
import dev.lekha.mappings.invoice.XlsxSheet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A dropped CSV (UTF-8) or XLSX (first sheet) file opened as a table, or why it could not be: the extension picks
 * the reader, and the content must match it, so a workbook saved under a {@code .csv} name is refused with a clear
 * message rather than read as garbage.
 *
 * @param table   the sheet, or null when it could not be read
 * @param problem why it could not be read (about the file as a whole), or null when {@code table} is there
 */
public record SheetFile(SheetTable table, String problem) {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    public SheetFile {
        if ((table == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of table and problem must be given");
        }
    }

    /**
     * Opens a dropped sheet.
     *
     * @param content  the whole file; must not be null
     * @param fileName its name; {@code .csv} or {@code .xlsx} (case-insensitive) decides the reader; must not be null
     * @param what     what the drop takes, for the message on another extension, e.g. "the order history"
     * @return never null
     */
    public static SheetFile open(byte[] content, String fileName, String what) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            return failed("the file is empty");
        }
        boolean zip = content.length >= 4 && Arrays.equals(Arrays.copyOf(content, 4), ZIP);
        try {
            if (name.endsWith(".csv")) {
                return zip ? failed("the file is an XLSX workbook, not CSV text; name it .xlsx")
                        : new SheetFile(CsvSheet.read(content), null);
            }
            if (name.endsWith(".xlsx")) {
                return zip ? new SheetFile(XlsxSheet.read(content), null)
                        : failed("the file is not an XLSX workbook; if it is CSV text, name it .csv");
            }
        } catch (UnreadableSheetException e) {
            return failed(e.getMessage());
        }
        return failed("unsupported file type; " + what + " is a .csv or .xlsx file");
    }

    private static SheetFile failed(String problem) {
        return new SheetFile(null, problem);
    }
}

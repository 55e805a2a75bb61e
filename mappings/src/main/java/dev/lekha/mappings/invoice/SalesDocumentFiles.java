package dev.lekha.mappings.invoice;

import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.util.List;
import java.util.Locale;

/**
 * The one way in for a file dropped into {@code sales-invoices}: picks the reader by the file's
 * extension ({@code .json}, {@code .csv}, {@code .xlsx}) and checks that the content really is that
 * format, so a workbook saved under a {@code .csv} name is refused with a clear message rather than
 * read as garbage.
 *
 * <p>JSON: see {@link SalesDocumentJson}. CSV and XLSX (first sheet): one row per document line,
 * header in row 1; the columns and how cells are read are listed in {@code samples/README.md}.
 */
public final class SalesDocumentFiles {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SalesDocumentFiles() {
    }

    /**
     * Reads a dropped file.
     *
     * @param fileName the file's name (only its extension is used, case-insensitively); must not be null
     * @param content  the whole file; must not be null
     * @return every document, or every problem found (and then no documents); never null.
     *         Row numbers are spreadsheet rows (header = row 1) for CSV/XLSX and document positions for JSON.
     */
    public static SalesDocumentFile read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            return failed(fileName, "the file is empty");
        }
        boolean zip = startsWith(content, ZIP);
        boolean ole2 = startsWith(content, OLE2);
        if (name.endsWith(".json")) {
            return zip || ole2 ? failed(fileName, "the file is a spreadsheet workbook, not JSON; name it .xlsx")
                    : SalesDocumentJson.read(fileName, content);
        }
        if (name.endsWith(".csv")) {
            if (zip || ole2) {
                return failed(fileName, "the file is a spreadsheet workbook, not CSV text; name it .xlsx"
                        + " or save the sheet as 'CSV UTF-8'");
            }
            return sheet(fileName, () -> CsvSheet.read(content));
        }
        if (name.endsWith(".xlsx")) {
            if (ole2) {
                return failed(fileName, "the workbook is a legacy .xls file or password-protected;"
                        + " save it without a password as 'Excel Workbook (.xlsx)'");
            }
            if (!zip) {
                return failed(fileName, "the file is not an XLSX workbook (it does not start as a ZIP archive);"
                        + " if it is CSV text, name it .csv");
            }
            return sheet(fileName, () -> XlsxSheet.read(content));
        }
        if (name.endsWith(".xls")) {
            return failed(fileName, "legacy .xls workbooks are not read; save it as 'Excel Workbook (.xlsx)'");
        }
        return failed(fileName, "unsupported file type; the sales-invoices drop takes .json, .csv or .xlsx");
    }

    private interface SheetSource {
        SheetTable read();
    }

    private static SalesDocumentFile sheet(String fileName, SheetSource source) {
        SheetTable table;
        try {
            table = source.read();
        } catch (UnreadableSheetException e) {
            return failed(fileName, e.getMessage());
        }
        return SalesSheet.read(fileName, table);
    }

    private static SalesDocumentFile failed(String fileName, String message) {
        return new SalesDocumentFile(fileName, List.of(), List.of(new RowError(null, null, message)));
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

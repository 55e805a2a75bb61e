package dev.lekha.mappings.invoice;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV bulk sheet (RFC 4180 quoting, UTF-8 with or without a byte-order mark) into a
 * {@link SheetTable}. The delimiter is a comma, or a semicolon or tab when the header row has no
 * comma but one of those (as some spreadsheet programs save CSV in some locales).
 */
public final class CsvSheet {

    private CsvSheet() {
    }

    /** @throws UnreadableSheetException when the bytes are not UTF-8 text or the quoting is broken */
    public static SheetTable read(byte[] content) {
        String text = utf8(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = separator(text);
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                .build()) {
            List<String[]> records = reader.readAll();
            if (records.isEmpty()) {
                throw new UnreadableSheetException("the file is empty; row 1 must be the header row");
            }
            List<SheetTable.Row> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                rows.add(new SheetTable.Row(i + 1, Arrays.stream(records.get(i)).map(SheetCell::ofText).toList()));
            }
            return new SheetTable(Arrays.asList(records.get(0)), rows);
        } catch (CsvException e) {
            throw new UnreadableSheetException("the CSV is malformed near row " + e.getLineNumber() + ": " + e.getMessage());
        } catch (IOException e) {
            // reading from a String does not fail; a quote left open is reported this way by OpenCSV
            throw new UnreadableSheetException("the CSV is malformed: " + e.getMessage()
                    + " (is a quote left unclosed?)");
        }
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableSheetException("the file is not UTF-8 text; save the sheet as 'CSV UTF-8'");
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(',') >= 0) {
            return ',';
        }
        if (header.indexOf(';') >= 0) {
            return ';';
        }
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }
}

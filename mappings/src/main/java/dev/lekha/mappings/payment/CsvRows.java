package dev.lekha.mappings.payment;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a comma-separated bank file, blank lines left out, each with its 1-based line number. */
final class CsvRows {

    record Row(int line, String[] cells) {
    }

    private CsvRows() {
    }

    static List<Row> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (var reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(',').build()).build()) {
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                long line = reader.getLinesRead();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                rows.add(new Row((int) line, cells));
            }
        } catch (IOException | CsvException e) {
            throw new IllegalArgumentException("not a readable comma-separated file: " + e.getMessage(), e);
        }
        return rows;
    }
}

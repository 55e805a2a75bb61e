package dev.lekha.mappings.bank;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import dev.lekha.mappings.bank.StatementValues.Amount;
import dev.lekha.mappings.bank.TableColumns.Column;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * CSV and XLSX statement exports: a few rows of account details, the table under its header row, then summary
 * or legend rows. Rows are numbered as a spreadsheet shows them (1-based, counting every row of the file).
 */
final class TabularStatements {

    private static final int HEADER_SEARCH_ROWS = 40;
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?i)\\b(?:account|a/c|acct)\\.?\\s*(?:no|number|num)?\\.?\\s*[:.\\-]?\\s*[:]?\\s*'?([0-9]{6,20})\\b");
    private static final Pattern OPENING = Pattern.compile("(?i)(?:balance\\s+as\\s+on|opening\\s+balance)[^,]*");

    private TabularStatements() {
    }

    /** Rows of cells as text. @throws UnreadableStatementException when the file cannot be read */
    static List<List<String>> rows(byte[] content, StatementFormat format) {
        return format == StatementFormat.XLSX ? xlsxRows(content) : csvRows(content);
    }

    private static List<List<String>> csvRows(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.lines().limit(HEADER_SEARCH_ROWS).reduce("", (a, b) -> a + b + "\n");
        char separator = count(head, '\t') > count(head, ',') ? '\t' : count(head, ';') > count(head, ',') ? ';' : ',';
        try (CSVReader reader = new CSVReaderBuilder(new java.io.StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
                .withKeepCarriageReturn(false).build()) {
            List<List<String>> rows = new ArrayList<>();
            for (String[] r : reader.readAll()) {
                rows.add(List.of(r).stream().map(s -> s == null ? "" : s.trim()).toList());
            }
            return rows;
        } catch (CsvException | IOException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (msg.toLowerCase(Locale.ROOT).contains("unterminated")) {
                throw new UnreadableStatementException("the CSV ends inside a quoted cell: the file looks cut short");
            }
            throw new UnreadableStatementException("not a readable CSV: " + msg);
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static List<List<String>> xlsxRows(byte[] content) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(cell(row.getCell(c)));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException("not a readable XLSX workbook (is the file complete?): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Dates as ISO yyyy-MM-dd, numbers as Excel shows them (no binary-fraction noise), text trimmed. */
    private static String cell(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** The built-in layout whose header row is in the first rows, and that row's index; null when none. */
    static TableColumns detect(List<List<String>> rows) {
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS); r++) {
            for (TableColumns layout : TableColumns.BANKS) {
                if (indexes(layout, rows.get(r)) != null) {
                    return layout;
                }
            }
        }
        return null;
    }

    /**
     * Reads the table.
     *
     * @throws UnreadableStatementException with every row's problems
     */
    static BankStatementFile parse(List<List<String>> rows, TableColumns layout, StatementFormat format) {
        int header = -1;
        Map<Column, Integer> idx = null;
        if (layout.headerRow() > 0) {
            header = layout.headerRow() - 1;
            if (header >= rows.size()) {
                throw new UnreadableStatementException("layout_config.headerRow " + layout.headerRow()
                        + ": the file has only " + rows.size() + " rows");
            }
            idx = indexes(layout, rows.get(header));
            if (idx == null) {
                List<String> missing = layout.required().stream().filter(c -> c.name() != null
                        && rows.get(layout.headerRow() - 1).stream().noneMatch(c::matches)).map(Column::label).toList();
                throw new UnreadableStatementException("row " + layout.headerRow() + ": the header row has no column "
                        + missing + " (layout " + layout.layout() + "); it has " + rows.get(layout.headerRow() - 1)
                        + ": correct bank_account.layout_config or the file");
            }
        } else {
            for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS) && idx == null; r++) {
                idx = indexes(layout, rows.get(r));
                header = r;
            }
            if (idx == null) {
                throw new UnreadableStatementException("no " + layout.layout() + " header row in the first "
                        + HEADER_SEARCH_ROWS + " rows: expected the columns " + layout.required().stream()
                        .map(Column::label).toList());
            }
        }
        String account = null;
        BigDecimal opening = null;
        for (int r = 0; r < header; r++) {
            String joined = String.join(" ", rows.get(r)).trim();
            Matcher m = ACCOUNT.matcher(joined);
            if (account == null && m.find()) {
                account = m.group(1);
            }
            if (opening == null && OPENING.matcher(joined).find()) {
                opening = lastAmount(rows.get(r));
            }
        }
        DateTimeFormatter dateFormat = layout.dateFormatter();
        int width = idx.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int lastRow = rows.size() - 1;
        while (lastRow > header && rows.get(lastRow).stream().allMatch(String::isEmpty)) {
            lastRow--;
        }
        List<String> problems = new ArrayList<>();
        List<BankStatementLine> lines = new ArrayList<>();
        BigDecimal closing = null;
        boolean footer = false;
        boolean requiredFooterSeen = layout.requiredFooter() == null;
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNo = r + 1;
            if (row.stream().allMatch(String::isEmpty) || row.stream().allMatch(s -> s.isEmpty() || s.matches("\\*+"))) {
                continue;
            }
            String firstCell = TableColumns.normalise(row.stream().filter(s -> !s.isEmpty()).findFirst().orElse(""));
            String narrationCell = TableColumns.normalise(get(row, idx.get(layout.narration())));
            if (narrationCell.equals("openingbalance") || firstCell.equals("openingbalance") && lines.isEmpty()
                    && layout.layout() != BankLayout.HDFC) {
                opening = layout.balance() == null ? opening : amountOrNull(get(row, idx.get(layout.balance())));
                continue;
            }
            if (footer || layout.footers().stream().anyMatch(f -> firstCell.startsWith(f) || narrationCell.startsWith(f))) {
                footer = true;
                if (layout.requiredFooter() != null && (firstCell.startsWith(layout.requiredFooter())
                        || narrationCell.startsWith(layout.requiredFooter()))) {
                    requiredFooterSeen = true;
                }
                if (narrationCell.startsWith("closingbalance") && layout.balance() != null) {
                    closing = amountOrNull(get(row, idx.get(layout.balance())));
                }
                if (firstCell.startsWith("openingbalance") && r + 1 < rows.size()) {
                    // HDFC summary: "Opening Balance, Dr Count, Cr Count, Debits, Credits, Closing Bal" then values
                    List<String> values = rows.get(r + 1);
                    BigDecimal o = amountOrNull(get(values, 0));
                    BigDecimal c = amountOrNull(get(values, row.size() - 1));
                    opening = o != null ? o : opening;
                    closing = c != null ? c : closing;
                }
                continue;
            }
            if (row.size() < width) {
                problems.add("row " + rowNo + ": has " + row.size() + " cells but the table has " + width + " columns"
                        + (r == lastRow ? ": the file looks cut short" : ""));
                continue;
            }
            String dateText = get(row, idx.get(layout.date()));
            if (dateText.isEmpty() && !lines.isEmpty() && noAmounts(row, layout, idx)) {
                // a narration wrapped onto the next row
                BankStatementLine prev = lines.remove(lines.size() - 1);
                String narration = (prev.narration() + " " + get(row, idx.get(layout.narration()))).trim();
                lines.add(new BankStatementLine(prev.sourceRow(), prev.valueDate(), prev.bookingDate(), prev.amount(),
                        prev.direction(), narration, prev.bankReference(), Utr.extract(narration, prev.bankReference()),
                        prev.runningBalance()));
                continue;
            }
            int before = problems.size();
            LocalDate date = date(dateText, layout.date(), rowNo, dateFormat, layout, problems, true);
            LocalDate valueDate = layout.valueDate() == null || layout.valueDate().equals(layout.date()) ? date
                    : date(get(row, idx.get(layout.valueDate())), layout.valueDate(), rowNo, dateFormat, layout, problems, false);
            if (valueDate == null) {
                valueDate = date;
            }
            Amount moved = movement(row, layout, idx, rowNo, problems);
            BigDecimal balance = null;
            if (layout.balance() != null) {
                String text = get(row, idx.get(layout.balance()));
                if (text.isEmpty()) {
                    problems.add("row " + rowNo + ": " + layout.balance().label() + ": missing balance");
                } else {
                    try {
                        Amount b = StatementValues.amount(text);
                        balance = b.mark() == Direction.DR ? b.value().abs().negate() : b.value();
                    } catch (IllegalArgumentException e) {
                        problems.add("row " + rowNo + ": " + layout.balance().label() + ": " + e.getMessage());
                    }
                }
            }
            if (problems.size() > before || moved == null) {
                continue;
            }
            String narration = get(row, idx.get(layout.narration()));
            String reference = layout.reference() == null ? null : emptyToNull(get(row, idx.get(layout.reference())));
            if (reference != null && reference.matches("0+")) {
                reference = null;  // banks print 0000000000000000 when there is no cheque/reference
            }
            lines.add(new BankStatementLine(rowNo, valueDate, date, moved.value(), moved.mark(), narration, reference,
                    Utr.extract(narration, reference), balance));
        }
        if (!requiredFooterSeen && problems.isEmpty()) {
            problems.add("row " + (lastRow + 1) + ": the file ends without " + layout.layout() + "'s closing rows ("
                    + layout.requiredFooter() + "): it looks cut short");
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("row " + (header + 2) + ": the table under the header row has no transactions");
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        if (opening == null && lines.get(0).runningBalance() != null) {
            opening = lines.get(0).runningBalance().subtract(lines.get(0).signedAmount());
        }
        if (closing == null && layout.balance() != null) {
            closing = lines.get(lines.size() - 1).runningBalance();
        }
        if (layout.balance() == null) {
            opening = null;
            closing = null;
        }
        LocalDate from = lines.stream().map(BankStatementLine::valueDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = lines.stream().map(BankStatementLine::valueDate).max(LocalDate::compareTo).orElseThrow();
        return new BankStatementFile(format, layout.layout(), account, null, "INR", from, to, opening, closing, lines);
    }

    private static Amount movement(List<String> row, TableColumns layout, Map<Column, Integer> idx, int rowNo,
                                   List<String> problems) {
        if (layout.debit() != null) {
            BigDecimal debit = positive(row, layout.debit(), idx, rowNo, problems);
            BigDecimal credit = positive(row, layout.credit(), idx, rowNo, problems);
            if (debit == null && credit == null) {
                if (problems.stream().noneMatch(p -> p.startsWith("row " + rowNo + ":"))) {
                    problems.add("row " + rowNo + ": " + layout.debit().label() + "/" + layout.credit().label()
                            + ": neither a debit nor a credit amount");
                }
                return null;
            }
            if (debit != null && credit != null) {
                problems.add("row " + rowNo + ": " + layout.debit().label() + " and " + layout.credit().label()
                        + ": both given (" + StatementValues.show(debit) + " and " + StatementValues.show(credit)
                        + "); a row is either a debit or a credit");
                return null;
            }
            return debit != null ? new Amount(debit, Direction.DR) : new Amount(credit, Direction.CR);
        }
        String text = get(row, idx.get(layout.amount()));
        Amount a;
        try {
            a = StatementValues.amount(text);
        } catch (IllegalArgumentException e) {
            problems.add("row " + rowNo + ": " + layout.amount().label() + ": " + e.getMessage());
            return null;
        }
        if (a == null || a.value().signum() == 0) {
            problems.add("row " + rowNo + ": " + layout.amount().label() + ": missing amount");
            return null;
        }
        Direction d = a.mark();
        if (layout.drCr() != null) {
            String sign = TableColumns.normalise(get(row, idx.get(layout.drCr())));
            d = switch (sign) {
                case "cr", "c", "credit", "deposit" -> Direction.CR;
                case "dr", "d", "debit", "withdrawal" -> Direction.DR;
                default -> {
                    problems.add("row " + rowNo + ": " + layout.drCr().label() + ": '" + get(row, idx.get(layout.drCr()))
                            + "' is not Cr or Dr");
                    yield null;
                }
            };
            if (d == null) {
                return null;
            }
        }
        if (d == null) {
            d = a.value().signum() < 0 ? Direction.DR : Direction.CR;
        }
        return new Amount(a.value().abs(), d);
    }

    private static BigDecimal positive(List<String> row, Column column, Map<Column, Integer> idx, int rowNo,
                                       List<String> problems) {
        try {
            Amount a = StatementValues.amount(get(row, idx.get(column)));
            if (a == null || a.value().signum() == 0) {
                return null;  // banks leave the other column blank or print 0.00
            }
            if (a.value().signum() < 0) {
                problems.add("row " + rowNo + ": " + column.label() + ": " + StatementValues.show(a.value())
                        + " is negative; the column holds amounts without sign");
                return null;
            }
            return a.value();
        } catch (IllegalArgumentException e) {
            problems.add("row " + rowNo + ": " + column.label() + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean noAmounts(List<String> row, TableColumns layout, Map<Column, Integer> idx) {
        for (Column c : new Column[] {layout.debit(), layout.credit(), layout.amount(), layout.balance()}) {
            if (c != null && !get(row, idx.get(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String text, Column column, int rowNo, DateTimeFormatter format,
                                  TableColumns layout, List<String> problems, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                problems.add("row " + rowNo + ": " + column.label() + ": missing date");
            }
            return null;
        }
        try {
            return format == null ? StatementValues.date(text) : StatementValues.date(text, format, layout.dateFormat());
        } catch (IllegalArgumentException e) {
            problems.add("row " + rowNo + ": " + column.label() + ": " + e.getMessage());
            return null;
        }
    }

    /** Column positions of the layout's fields in {@code header}; null unless every named one is there. */
    private static Map<Column, Integer> indexes(TableColumns layout, List<String> header) {
        Map<Column, Integer> idx = new HashMap<>();
        for (Column c : layout.required()) {
            if (c.name() == null) {
                idx.put(c, c.number() - 1);
                continue;
            }
            int found = -1;
            for (int i = 0; i < header.size(); i++) {
                if (c.matches(header.get(i))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            idx.put(c, found);
        }
        return idx;
    }

    private static String get(List<String> row, Integer index) {
        return index == null || index >= row.size() ? "" : row.get(index);
    }

    private static BigDecimal amountOrNull(String text) {
        try {
            Amount a = StatementValues.amount(text);
            return a == null ? null : a.mark() == Direction.DR ? a.value().abs().negate() : a.value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal lastAmount(List<String> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            BigDecimal a = amountOrNull(row.get(i).replaceFirst("^.*:\\s*", ""));
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

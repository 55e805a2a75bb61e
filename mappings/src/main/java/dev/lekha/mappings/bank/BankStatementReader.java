package dev.lekha.mappings.bank;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one dropped statement file: finds its format from the content (the bank account's configured layout
 * decides how a CSV/XLSX table is read), parses it, joins the consecutive statements of one file, and checks
 * the money: opening + credits - debits = closing, and every running balance, to the paisa.
 */
public final class BankStatementReader {

    private BankStatementReader() {
    }

    /**
     * @param fileName     for messages and the format's extension hint
     * @param content      the file
     * @param layout       the bank account's {@code statement_layout}; null to detect a CSV/XLSX layout from the header
     * @param layoutConfig the account's {@code layout_config} (JSON, GENERIC only); may be null
     * @return the statement, balance-checked
     * @throws UnreadableStatementException with every problem (row/line/entry, field, what was expected)
     */
    public static BankStatementFile read(String fileName, byte[] content, BankLayout layout, String layoutConfig) {
        if (content == null || content.length == 0) {
            throw new UnreadableStatementException("the file is empty");
        }
        StatementFormat format = detect(fileName, content);
        List<BankStatementFile> statements = switch (format) {
            case MT940, MT942 -> SwiftStatements.parse(content);
            case CAMT053, CAMT054 -> CamtStatements.parse(content);
            case CSV, XLSX -> List.of(table(content, format, layout, layoutConfig));
        };
        BankStatementFile statement = join(statements);
        List<String> problems = check(statement);
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        return statement;
    }

    /** The format from the content (the file name only tells XLSX from a zip). */
    public static StatementFormat detect(String fileName, byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return StatementFormat.XLSX;
        }
        if (content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            throw new UnreadableStatementException(fileName + ": an old binary .xls workbook; save it as .xlsx or .csv"
                    + " and drop it again");
        }
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        String trimmed = head.replace("\uFEFF", "").stripLeading();
        if (trimmed.startsWith("<")) {
            if (CamtStatements.looksLikeCamt(head)) {
                return head.contains("camt.054") || head.contains("BkToCstmrDbtCdtNtfctn")
                        ? StatementFormat.CAMT054 : StatementFormat.CAMT053;
            }
            // read it anyway: the camt parser says what is missing (or refuses a DOCTYPE)
            return StatementFormat.CAMT053;
        }
        String all = new String(content, StandardCharsets.ISO_8859_1);
        if (SwiftStatements.looksLikeSwift(all)) {
            return all.contains(":60F:") || all.contains(":60M:") || !all.contains(":34F:")
                    ? StatementFormat.MT940 : StatementFormat.MT942;
        }
        return StatementFormat.CSV;
    }

    private static BankStatementFile table(byte[] content, StatementFormat format, BankLayout layout, String config) {
        List<List<String>> rows = TabularStatements.rows(content, format);
        TableColumns columns;
        if (layout == BankLayout.GENERIC) {
            columns = GenericLayoutConfig.parse(config);
        } else if (layout != null) {
            columns = TableColumns.of(layout);
        } else {
            columns = TabularStatements.detect(rows);
            if (columns == null) {
                throw new UnreadableStatementException("no known bank header row (HDFC, ICICI, SBI, Axis) in the first"
                        + " 40 rows and the account has no statement layout: set bank_account.statement_layout (and"
                        + " layout_config for GENERIC), or check the file is a bank statement export");
            }
        }
        return TabularStatements.parse(rows, columns, format);
    }

    /**
     * One statement from the consecutive statements of a file (MT940 files often hold one per day): all of one
     * account, each opening where the one before closed.
     */
    static BankStatementFile join(List<BankStatementFile> statements) {
        if (statements.size() == 1) {
            return statements.get(0);
        }
        List<String> problems = new ArrayList<>();
        BankStatementFile first = statements.get(0);
        List<BankStatementLine> lines = new ArrayList<>(first.lines());
        for (int i = 1; i < statements.size(); i++) {
            BankStatementFile prev = statements.get(i - 1);
            BankStatementFile s = statements.get(i);
            if (!same(first.accountId(), s.accountId())) {
                problems.add("statement " + (i + 1) + " (" + s.statementRef() + "): account " + s.accountId()
                        + " differs from the first statement's " + first.accountId() + "; drop one file per account");
            } else if (prev.closingBalance() != null && s.openingBalance() != null
                    && prev.closingBalance().compareTo(s.openingBalance()) != 0) {
                problems.add("statement " + (i + 1) + " (" + s.statementRef() + "): opening balance "
                        + StatementValues.show(s.openingBalance()) + " does not continue from statement " + i
                        + "'s closing balance " + StatementValues.show(prev.closingBalance()) + " (difference "
                        + StatementValues.show(s.openingBalance().subtract(prev.closingBalance())) + ")");
            }
            lines.addAll(s.lines());
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        BankStatementFile last = statements.get(statements.size() - 1);
        var from = statements.stream().map(BankStatementFile::fromDate).filter(d -> d != null)
                .min(java.time.LocalDate::compareTo).orElse(null);
        var to = statements.stream().map(BankStatementFile::toDate).filter(d -> d != null)
                .max(java.time.LocalDate::compareTo).orElse(null);
        return new BankStatementFile(first.format(), first.layout(), first.accountId(), first.statementRef(),
                first.currency(), from, to, first.openingBalance(), last.closingBalance(), lines);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.replaceAll("[^A-Za-z0-9]", "").equalsIgnoreCase(b.replaceAll("[^A-Za-z0-9]", ""));
    }

    /**
     * The money checks, to the paisa: the closing balance is the opening plus credits minus debits, and each
     * running balance the one before plus or minus the line. Each problem names the difference.
     */
    public static List<String> check(BankStatementFile s) {
        List<String> problems = new ArrayList<>();
        String unit = switch (s.format()) {
            case CSV, XLSX -> "row";
            case MT940, MT942 -> "line";
            case CAMT053, CAMT054 -> "entry";
        };
        BigDecimal previous = s.openingBalance();
        for (BankStatementLine line : s.lines()) {
            if (line.runningBalance() == null) {
                continue;
            }
            if (previous != null) {
                BigDecimal expected = previous.add(line.signedAmount());
                if (expected.compareTo(line.runningBalance()) != 0) {
                    problems.add(unit + " " + line.sourceRow() + ": balance " + StatementValues.show(line.runningBalance())
                            + " is not the previous balance " + StatementValues.show(previous) + " "
                            + (line.direction() == Direction.CR ? "+ credit " : "- debit ")
                            + StatementValues.show(line.amount()) + " = " + StatementValues.show(expected) + " (difference "
                            + StatementValues.show(line.runningBalance().subtract(expected)) + ")");
                }
            }
            previous = line.runningBalance();
        }
        if (s.openingBalance() != null && s.closingBalance() != null) {
            BigDecimal expected = s.openingBalance().add(s.credits()).subtract(s.debits());
            if (expected.compareTo(s.closingBalance()) != 0) {
                problems.add("closing balance " + StatementValues.show(s.closingBalance()) + " is not opening balance "
                        + StatementValues.show(s.openingBalance()) + " + credits " + StatementValues.show(s.credits())
                        + " - debits " + StatementValues.show(s.debits()) + " = " + StatementValues.show(expected)
                        + " (difference " + StatementValues.show(s.closingBalance().subtract(expected)) + ")");
            }
        }
        return problems;
    }
}

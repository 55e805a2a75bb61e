package dev.lekha.mappings.bank;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Where a CSV/XLSX layout keeps each field: header names (matched ignoring case, spaces and punctuation) or
 * fixed 1-based column numbers. A null field is absent from the layout.
 *
 * @param headerRow   1-based row of the column names, or 0 to look for it in the first 40 rows
 * @param date        the transaction (booking) date column
 * @param valueDate   the value date column; when absent the transaction date is the value date
 * @param debit       withdrawals; with {@code credit}. Or {@code amount} (signed or with {@code drCr})
 * @param drCr        a column saying Cr/Dr (or C/D, Credit/Debit) for {@code amount}
 * @param dateFormat  a java.time pattern; null to accept the usual Indian bank shapes
 * @param footers     normalised first cells that end the table (summaries, legends)
 * @param requiredFooter a footer every complete file has; its absence means the file was cut short; may be null
 */
record TableColumns(BankLayout layout, int headerRow, Column date, Column valueDate, Column narration,
                    Column reference, Column debit, Column credit, Column amount, Column drCr, Column balance,
                    String dateFormat, List<String> footers, String requiredFooter) {

    /** A column by header name or by 1-based number. */
    record Column(String name, int number) {

        static Column named(String name) {
            return new Column(name, 0);
        }

        static Column at(int number) {
            return new Column(null, number);
        }

        String label() {
            return name != null ? name : "column " + number;
        }

        boolean matches(String header) {
            return name != null && normalise(name).equals(normalise(header));
        }
    }

    static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    List<Column> required() {
        return java.util.stream.Stream.of(date, valueDate, narration, reference, debit, credit, amount, drCr, balance)
                .filter(java.util.Objects::nonNull).toList();
    }

    DateTimeFormatter dateFormatter() {
        return dateFormat == null ? null : StatementValues.formatter(dateFormat);
    }

    private static final List<String> COMMON_FOOTERS = List.of("statementsummary", "legend", "transactiontotal",
            "closingbalance", "thisisacomputergenerated", "thisisasystemgenerated", "unlessthe", "pageno",
            "endofstatement", "grandtotal");

    /**
     * The named banks' retail/current account exports, as they print their tables (column names from the
     * banks' downloads as documented publicly; see docs/bank-statements.md).
     */
    static final List<TableColumns> BANKS = List.of(
            // HDFC NetBanking "Delimited" export: dd/MM/yy, a row of asterisks under the header,
            // "STATEMENT SUMMARY :-" with opening/closing balances at the end
            new TableColumns(BankLayout.HDFC, 0, Column.named("Date"), Column.named("Value Dt"),
                    Column.named("Narration"), Column.named("Chq./Ref.No."), Column.named("Withdrawal Amt."),
                    Column.named("Deposit Amt."), null, null, Column.named("Closing Balance"), null,
                    COMMON_FOOTERS, "statementsummary"),
            // ICICI detailed statement: S No., both dates dd/MM/yyyy, amounts "(INR )"
            new TableColumns(BankLayout.ICICI, 0, Column.named("Transaction Date"), Column.named("Value Date"),
                    Column.named("Transaction Remarks"), Column.named("Cheque Number"),
                    Column.named("Withdrawal Amount (INR )"), Column.named("Deposit Amount (INR )"), null, null,
                    Column.named("Balance (INR )"), null, COMMON_FOOTERS, null),
            // SBI account statement: "dd MMM yyyy" dates, "Balance as on" the opening in the header rows
            new TableColumns(BankLayout.SBI, 0, Column.named("Txn Date"), Column.named("Value Date"),
                    Column.named("Description"), Column.named("Ref No./Cheque No."), Column.named("Debit"),
                    Column.named("Credit"), null, null, Column.named("Balance"), null, COMMON_FOOTERS, null),
            // Axis: Tran Date dd-MM-yyyy, OPENING BALANCE row first, TRANSACTION TOTAL and CLOSING BALANCE rows last
            new TableColumns(BankLayout.AXIS, 0, Column.named("Tran Date"), null, Column.named("PARTICULARS"),
                    Column.named("CHQNO"), Column.named("DR"), Column.named("CR"), null, null, Column.named("BAL"),
                    null, COMMON_FOOTERS, "closingbalance"));

    static TableColumns of(BankLayout layout) {
        return BANKS.stream().filter(b -> b.layout == layout).findFirst().orElseThrow();
    }

    static List<String> commonFooters() {
        return COMMON_FOOTERS;
    }
}

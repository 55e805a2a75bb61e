package dev.lekha.mappings.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The samples in samples/bank-statements, one continuous chain of June 2024 statements for the demo account
 * 50200012345678, read to exact lines and balances. Each balance below is worked by hand from the lines.
 */
class BankStatementReaderTest {

    static final Path SAMPLES = Path.of("..", "samples", "bank-statements");
    static final String GENERIC_CONFIG = """
            {"headerRow": 3, "dateFormat": "dd.MM.yyyy",
             "columns": {"date": "Posting Date", "valueDate": "Value Date", "narration": "Particulars",
                         "reference": "Instrument", "amount": "Amount", "drCr": "Cr/Dr", "balance": "Running Balance"}}""";

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve("50200012345678_" + name));
    }

    static BankStatementFile read(String name) throws IOException {
        return BankStatementReader.read(name, sample(name), null, null);
    }

    static BankStatementLine line(int row, String value, String booking, String amount, Direction d, String narration,
                                  String ref, String utr, String balance) {
        return new BankStatementLine(row, LocalDate.parse(value), booking == null ? null : LocalDate.parse(booking),
                new BigDecimal(amount), d, narration, ref, utr, balance == null ? null : new BigDecimal(balance));
    }

    static List<String> problems(ThrowingCallable call) {
        try {
            call.call();
        } catch (UnreadableStatementException e) {
            return e.problems();
        } catch (Throwable t) {
            throw new AssertionError("expected UnreadableStatementException, got " + t, t);
        }
        throw new AssertionError("expected the file to be rejected");
    }

    @Test
    void mt940WithoutHeadersTwoStatementsInOneFile() throws IOException {
        BankStatementFile s = read("mt940_2024-06-03_04.sta");

        assertThat(s.format()).isEqualTo(StatementFormat.MT940);
        assertThat(s.accountId()).isEqualTo("50200012345678");
        assertThat(s.statementRef()).isEqualTo("HDFC240603STMT");
        assertThat(s.currency()).isEqualTo("INR");
        // 500000.00 + 118000.00 - 25000.00 = 593000.00 (first :62F:); 593000.00 - 1770.00 + 45500.50 = 636730.50
        assertThat(s.openingBalance()).isEqualByComparingTo("500000.00");
        assertThat(s.closingBalance()).isEqualByComparingTo("636730.50");
        assertThat(s.fromDate()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(s.toDate()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(s.lines()).containsExactly(
                line(5, "2024-06-03", "2024-06-03", "118000.00", Direction.CR,
                        "NEFT CR-ICIC0000104-SHARMA ENTERPRISES-ICICN52024060312345-INV LK-2024-0042", "HDFCN0312345",
                        "ICICN52024060312345", null),
                line(8, "2024-06-03", "2024-06-03", "25000.00", Direction.DR,
                        "RTGS DR-SBIN0001234-PATIL STEEL SUPPLIERS-HDFCR52024060398765432", "HDFCR0398765",
                        "HDFCR52024060398765432", null),
                line(16, "2024-06-04", "2024-06-04", "1770.00", Direction.DR, "CHRG: NEFT/RTGS CHARGES MAY 2024 INCL GST 18%",
                        "04STMT4", null, null),
                line(18, "2024-06-04", "2024-06-04", "45500.50", Direction.CR,
                        "UPI-KULKARNI TRADERS-KULKARNI@OKICICI-ICIC0000104-415612345678-PAYMENT FOR INV 43", "04STMT6",
                        "415612345678", null));
    }

    @Test
    void camt053WithTransactionDetailsSplitsABatchedEntry() throws IOException {
        BankStatementFile s = read("camt053_txdtls_2024-06-05_07.xml");

        assertThat(s.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(s.accountId()).isEqualTo("50200012345678");
        assertThat(s.statementRef()).isEqualTo("HDFC-50200012345678-20240607");
        // 636730.50 + 236000.00 - 12345.67 - 500.00 = 859884.83
        assertThat(s.openingBalance()).isEqualByComparingTo("636730.50");
        assertThat(s.closingBalance()).isEqualByComparingTo("859884.83");
        assertThat(s.fromDate()).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(s.toDate()).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(s.lines()).containsExactly(
                line(1, "2024-06-05", "2024-06-05", "118000.00", Direction.CR,
                        "NEFT UTIBN52024060500011111 INV LK-2024-0044 MEHTA EXPORTS LLP", "INV-LK-2024-0044",
                        "UTIBN52024060500011111", null),
                line(1, "2024-06-05", "2024-06-05", "118000.00", Direction.CR,
                        "NEFT UTIBN52024060500011112 INV LK-2024-0045 MEHTA EXPORTS LLP", "INV-LK-2024-0045",
                        "UTIBN52024060500011112", null),
                line(2, "2024-06-06", "2024-06-06", "12345.67", Direction.DR,
                        "IMPS/P2A/415812345678/DESHPANDE LOG/FREIGHT MAY DESHPANDE LOGISTICS", "PAY-2024-0012",
                        "415812345678", null),
                line(3, "2024-06-07", "2024-06-07", "500.00", Direction.DR, "DEBIT CARD ANNUAL FEE 2024-25",
                        "HDFC24060700003", null, null));
    }

    @Test
    void camt053WithoutTransactionDetailsVersion02() throws IOException {
        BankStatementFile s = read("camt053_2024-06-10_11.xml");

        // 859884.83 + 75000.00 - 9999.99 = 924884.84
        assertThat(s.openingBalance()).isEqualByComparingTo("859884.83");
        assertThat(s.closingBalance()).isEqualByComparingTo("924884.84");
        assertThat(s.lines()).containsExactly(
                line(1, "2024-06-10", "2024-06-10", "75000.00", Direction.CR,
                        "RTGS CR-YESB0000001-NAIK INDUSTRIES-YESBR52024061000000123", "HDFC24061000001",
                        "YESBR52024061000000123", null),
                line(2, "2024-06-11", "2024-06-11", "9999.99", Direction.DR, "ACH D- LIC OF INDIA-PREMIUM 1234567",
                        "HDFC24061100002", null, null));
    }

    @Test
    void hdfcCsv() throws IOException {
        BankStatementFile s = read("hdfc_2024-06-13_14.csv");

        assertThat(s.formatName()).isEqualTo("HDFC_CSV");
        assertThat(s.accountId()).isEqualTo("50200012345678");
        // summary: opening 9,24,884.84, debits 37,499.00, credits 1,50,000.00, closing 10,37,385.84
        assertThat(s.openingBalance()).isEqualByComparingTo("924884.84");
        assertThat(s.closingBalance()).isEqualByComparingTo("1037385.84");
        assertThat(s.lines()).containsExactly(
                line(9, "2024-06-13", "2024-06-13", "150000.00", Direction.CR,
                        "NEFT CR-SBIN0000300-JOSHI AND SONS-SBIN424165012345", "SBIN424165012345", "SBIN424165012345",
                        "1074884.84"),
                line(10, "2024-06-13", "2024-06-13", "2499.00", Direction.DR, "POS 416512XXXXXX1234 AMAZON PAY INDIA",
                        "000041651234", null, "1072385.84"),
                line(11, "2024-06-14", "2024-06-14", "35000.00", Direction.DR,
                        "IMPS-416612345678-GAIKWAD ASSOCIATES-KKBK-XXXXXXXX4321-RENT JUN", "0000416612345678",
                        "416612345678", "1037385.84"));
    }

    @Test
    void hdfcXlsxWithDateAndNumberCells() throws IOException {
        BankStatementFile s = read("hdfc_2024-06-17_18.xlsx");

        assertThat(s.formatName()).isEqualTo("HDFC_XLSX");
        // 1037385.84 + 23600.00 + 100000.00 = 1160985.84
        assertThat(s.openingBalance()).isEqualByComparingTo("1037385.84");
        assertThat(s.closingBalance()).isEqualByComparingTo("1160985.84");
        assertThat(s.lines()).containsExactly(
                line(9, "2024-06-17", "2024-06-17", "23600.00", Direction.CR,
                        "UPI-PAWAR STORES-PAWARSTORES@YBL-YESB0YBLUPI-416912345678-INV 51", "0000416912345678",
                        "416912345678", "1060985.84"),
                // a cheque: entered on the 18th, value the 17th
                line(10, "2024-06-17", "2024-06-18", "100000.00", Direction.CR,
                        "CHQ DEP - 000123 - PUNE HINJEWADI - KADAM MOTORS", "000123", null, "1160985.84"));
    }

    @Test
    void iciciCsvAndXlsx() throws IOException {
        BankStatementFile csv = read("icici_2024-06-19_20.csv");
        // 1160985.84 + 59000.00 - 15000.00 - 18432.10 = 1186553.74
        assertThat(csv.formatName()).isEqualTo("ICICI_CSV");
        assertThat(csv.accountId()).isEqualTo("50200012345678");
        assertThat(csv.openingBalance()).isEqualByComparingTo("1160985.84");
        assertThat(csv.closingBalance()).isEqualByComparingTo("1186553.74");
        assertThat(csv.lines()).containsExactly(
                line(6, "2024-06-19", "2024-06-19", "59000.00", Direction.CR,
                        "NEFT-UTIBN52024061900077777-DESAI CHEMICALS-INV LK-2024-0051", null, "UTIBN52024061900077777",
                        "1219985.84"),
                line(7, "2024-06-19", "2024-06-19", "15000.00", Direction.DR,
                        "MMT/IMPS/417112345678/SALARY ADV/RAHUL/HDFC BANK", null, "417112345678", "1204985.84"),
                line(8, "2024-06-20", "2024-06-20", "18432.10", Direction.DR,
                        "BIL/ONL/000412345678/MSEDCL/PUNE ELECTRICITY", null, null, "1186553.74"));

        BankStatementFile xlsx = read("icici_2024-06-21_21.xlsx");
        // 1186553.74 + 8850.00 - 35000.00 = 1160403.74
        assertThat(xlsx.formatName()).isEqualTo("ICICI_XLSX");
        assertThat(xlsx.openingBalance()).isEqualByComparingTo("1186553.74");
        assertThat(xlsx.closingBalance()).isEqualByComparingTo("1160403.74");
        assertThat(xlsx.lines()).extracting(BankStatementLine::sourceRow, BankStatementLine::amount,
                BankStatementLine::direction, BankStatementLine::utr).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, new BigDecimal("8850.00"), Direction.CR, "417312345678"),
                org.assertj.core.groups.Tuple.tuple(7, new BigDecimal("35000.00"), Direction.DR, null));
    }

    @Test
    void sbiCsvAndXlsx() throws IOException {
        BankStatementFile csv = read("sbi_2024-06-24_25.csv");
        // "Balance as on 24 Jun 2024" 11,60,403.74 + 2,36,000.00 - 1,50,000.00 + 4,720.00 = 12,51,123.74
        assertThat(csv.formatName()).isEqualTo("SBI_CSV");
        assertThat(csv.accountId()).isEqualTo("50200012345678");
        assertThat(csv.openingBalance()).isEqualByComparingTo("1160403.74");
        assertThat(csv.closingBalance()).isEqualByComparingTo("1251123.74");
        assertThat(csv.lines()).containsExactly(
                line(8, "2024-06-24", "2024-06-24", "236000.00", Direction.CR,
                        "BY TRANSFER-NEFT*HDFC0000001*HDFCN24176123456*SAWANT TRADERS--", "TRANSFER FROM 3199414044304",
                        "HDFCN24176123456", "1396403.74"),
                line(9, "2024-06-24", "2024-06-24", "150000.00", Direction.DR,
                        "TO TRANSFER-RTGS UTR NO: SBINR52024062400123456--PATIL STEEL", "TRANSFER TO 4897694163094",
                        "SBINR52024062400123456", "1246403.74"),
                line(10, "2024-06-25", "2024-06-25", "4720.00", Direction.CR,
                        "BY TRANSFER-UPI/CR/417712345678/MORE/KKBK/more@okaxis/", "TRANSFER FROM 4897691162093",
                        "417712345678", "1251123.74"));

        BankStatementFile xlsx = read("sbi_2024-06-26_26.xlsx");
        // 1251123.74 - 236.00 + 12500.00 = 1263387.74
        assertThat(xlsx.openingBalance()).isEqualByComparingTo("1251123.74");
        assertThat(xlsx.closingBalance()).isEqualByComparingTo("1263387.74");
        assertThat(xlsx.lines()).hasSize(2);
    }

    @Test
    void axisCsvAndXlsxWithOpeningAndClosingRows() throws IOException {
        BankStatementFile csv = read("axis_2024-06-27_27.csv");
        // OPENING BALANCE 12,63,387.74 + 88,500.00 - 3,210.55 - 18.00 = 13,48,659.19 (CLOSING BALANCE row)
        assertThat(csv.formatName()).isEqualTo("AXIS_CSV");
        assertThat(csv.accountId()).isEqualTo("50200012345678");
        assertThat(csv.openingBalance()).isEqualByComparingTo("1263387.74");
        assertThat(csv.closingBalance()).isEqualByComparingTo("1348659.19");
        assertThat(csv.lines()).containsExactly(
                line(7, "2024-06-27", "2024-06-27", "88500.00", Direction.CR,
                        "NEFT/SBIN424179123456/CHAVAN ENTERPRISES/STATE BANK OF INDIA", null, "SBIN424179123456",
                        "1351887.74"),
                line(8, "2024-06-27", "2024-06-27", "3210.55", Direction.DR,
                        "UPI/P2M/417912345678/BHARAT PETROLEUM/Payment", null, "417912345678", "1348677.19"),
                line(9, "2024-06-27", "2024-06-27", "18.00", Direction.DR, "GST @18% on Charge", null, null,
                        "1348659.19"));

        BankStatementFile xlsx = read("axis_2024-06-28_28.xlsx");
        // 1348659.19 + 500000.00 - 47200.00 = 1801459.19
        assertThat(xlsx.openingBalance()).isEqualByComparingTo("1348659.19");
        assertThat(xlsx.closingBalance()).isEqualByComparingTo("1801459.19");
        assertThat(xlsx.lines()).extracting(BankStatementLine::utr)
                .containsExactly("UTIBR52024062800000999", "AXISN24180123456");
    }

    @Test
    void genericLayoutFromTheAccountsConfig() throws IOException {
        BankStatementFile s = BankStatementReader.read("g.csv", sample("generic_2024-06-29_29.csv"),
                BankLayout.GENERIC, GENERIC_CONFIG);

        assertThat(s.formatName()).isEqualTo("GENERIC_CSV");
        assertThat(s.accountId()).isEqualTo("50200012345678");
        // 1801459.19 + 17700.00 - 20000.00 = 1799159.19; balances printed with a Cr suffix
        assertThat(s.openingBalance()).isEqualByComparingTo("1801459.19");
        assertThat(s.closingBalance()).isEqualByComparingTo("1799159.19");
        assertThat(s.lines()).containsExactly(
                line(4, "2024-06-29", "2024-06-29", "17700.00", Direction.CR, "NEFT-BARBN52024062912345-THAKUR DAIRY-INV 57",
                        "NEFT001", "BARBN52024062912345", "1819159.19"),
                line(5, "2024-06-29", "2024-06-29", "20000.00", Direction.DR, "CASH WITHDRAWAL SELF", "CHQ 000124", null,
                        "1799159.19"));
    }

    @Test
    void theConfiguredLayoutTakesPrecedenceOverDetection() throws IOException {
        // an HDFC file read as SBI: the SBI header is not there, and the message says so
        assertThat(problems(() -> BankStatementReader.read("x.csv", sample("hdfc_2024-06-13_14.csv"), BankLayout.SBI, null)))
                .singleElement().asString().startsWith("no SBI header row in the first 40 rows");
    }

    @Test
    void aWrongGenericConfigIsNamed() throws IOException {
        byte[] file = sample("generic_2024-06-29_29.csv");
        assertThat(problems(() -> BankStatementReader.read("g.csv", file, BankLayout.GENERIC, null)))
                .singleElement().asString().startsWith("bank_account.layout_config is empty");
        assertThat(problems(() -> BankStatementReader.read("g.csv", file, BankLayout.GENERIC,
                "{\"headerRow\": 0, \"dateFormat\": \"dd/bb/yyyy\", \"colums\": {}}"))).containsExactly(
                "layout_config.colums: unknown setting; use headerRow, dateFormat and columns",
                "layout_config.headerRow: must be the 1-based row number of the column names, e.g. 1",
                "layout_config.dateFormat: 'dd/bb/yyyy' is not a date pattern (e.g. dd/MM/yyyy): Unknown pattern letter: b",
                "layout_config.columns: missing; name each column, e.g. {\"date\": \"Txn Date\", ...}");
        assertThat(problems(() -> BankStatementReader.read("g.csv", file, BankLayout.GENERIC,
                GENERIC_CONFIG.replace("\"Running Balance\"", "\"Closing Bal\""))))
                .singleElement().asString().startsWith("row 3: the header row has no column [Closing Bal] (layout GENERIC)");
    }

    @Test
    void aBrokenRunningBalanceAndClosingBalanceAreRejectedWithTheDifference() throws IOException {
        String csv = new String(sample("hdfc_2024-06-13_14.csv"), StandardCharsets.UTF_8)
                .replace("\"10,72,385.84\"", "\"10,72,358.84\"")
                .replace("\"9,24,884.84\",2,1", "\"9,24,884.48\",2,1");
        assertThat(problems(() -> BankStatementReader.read("h.csv", csv.getBytes(StandardCharsets.UTF_8), null, null)))
                .containsExactly(
                        // opening 9,24,884.48 (summary) + 1,50,000.00 - 37,499.00 = 10,37,385.48
                        "row 9: balance 10,74,884.84 is not the previous balance 9,24,884.48 + credit 1,50,000.00"
                                + " = 10,74,884.48 (difference 0.36)",
                        // row 10: 10,74,884.84 - 2,499.00 = 10,72,385.84, the file says 10,72,358.84
                        "row 10: balance 10,72,358.84 is not the previous balance 10,74,884.84 - debit 2,499.00"
                                + " = 10,72,385.84 (difference -27.00)",
                        // row 11 follows from the (wrong) row 10 balance: 10,72,358.84 - 35,000 = 10,37,358.84
                        "row 11: balance 10,37,385.84 is not the previous balance 10,72,358.84 - debit 35,000.00"
                                + " = 10,37,358.84 (difference 27.00)",
                        "closing balance 10,37,385.84 is not opening balance 9,24,884.48 + credits 1,50,000.00"
                                + " - debits 37,499.00 = 10,37,385.48 (difference 0.36)");
    }

    @Test
    void anMt940WhoseClosingBalanceDoesNotAddUpIsRejected() throws IOException {
        String mt = new String(sample("mt940_2024-06-03_04.sta"), StandardCharsets.ISO_8859_1)
                .replace(":62F:C240604INR636730,50", ":62F:C240604INR636730,05")
                .replace(":60F:C240603INR593000,00", ":60F:C240603INR593000,10");
        assertThat(problems(() -> BankStatementReader.read("m.sta", mt.getBytes(StandardCharsets.ISO_8859_1), null, null)))
                .containsExactly("statement 2 (HDFC240604STMT): opening balance 5,93,000.10 does not continue from"
                        + " statement 1's closing balance 5,93,000.00 (difference 0.10)");
        String mt2 = new String(sample("mt940_2024-06-03_04.sta"), StandardCharsets.ISO_8859_1)
                .replace(":62F:C240604INR636730,50", ":62F:C240604INR636730,05");
        assertThat(problems(() -> BankStatementReader.read("m.sta", mt2.getBytes(StandardCharsets.ISO_8859_1), null, null)))
                .containsExactly("closing balance 6,36,730.05 is not opening balance 5,00,000.00 + credits 1,63,500.50"
                        + " - debits 26,770.00 = 6,36,730.50 (difference -0.45)");
    }

    @Test
    void truncatedFilesAreRejected() throws IOException {
        String mt = new String(sample("mt940_2024-06-03_04.sta"), StandardCharsets.ISO_8859_1);
        String cutMt = mt.substring(0, mt.lastIndexOf(":62F:"));
        assertThat(problems(() -> BankStatementReader.read("m.sta", cutMt.getBytes(StandardCharsets.ISO_8859_1), null, null)))
                .containsExactly("statement 2 (line 12): :62F: closing balance is missing: the file looks cut short"
                        + " (every MT940 statement ends with :62F:)");

        byte[] xml = sample("camt053_2024-06-10_11.xml");
        byte[] cutXml = java.util.Arrays.copyOf(xml, xml.length - 200);
        assertThat(problems(() -> BankStatementReader.read("c.xml", cutXml, null, null)))
                .singleElement().asString().contains("the XML ends before its closing tags: the file looks cut short");

        String csv = new String(sample("hdfc_2024-06-13_14.csv"), StandardCharsets.UTF_8);
        String cutCsv = csv.substring(0, csv.indexOf("14/06/24,IMPS") + 30);
        assertThat(problems(() -> BankStatementReader.read("h.csv", cutCsv.getBytes(StandardCharsets.UTF_8), null, null)))
                .containsExactly("row 11: has 2 cells but the table has 7 columns: the file looks cut short");
        String noSummary = csv.substring(0, csv.indexOf("STATEMENT SUMMARY"));
        assertThat(problems(() -> BankStatementReader.read("h.csv", noSummary.getBytes(StandardCharsets.UTF_8), null, null)))
                .containsExactly("row 11: the file ends without HDFC's closing rows (statementsummary): it looks cut short");

        byte[] xlsx = sample("sbi_2024-06-26_26.xlsx");
        assertThat(problems(() -> BankStatementReader.read("s.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 2), null, null)))
                .singleElement().asString().startsWith("not a readable XLSX workbook (is the file complete?)");
    }

    @Test
    void everyBadRowIsNamedWithItsRowAndColumn() throws IOException {
        String csv = new String(sample("hdfc_2024-06-13_14.csv"), StandardCharsets.UTF_8)
                .replace("13/06/24,NEFT CR", "31/06/24,NEFT CR")
                .replace("\"2,499.00\",,", "\"2,499.00\",\"1.00\",")
                .replace(",\"35,000.00\",,\"10,37,385.84\"", ",\"35,000.0O\",,");
        assertThat(problems(() -> BankStatementReader.read("h.csv", csv.getBytes(StandardCharsets.UTF_8), null, null)))
                .containsExactly(
                        "row 9: Date: '31/06/24' is not a date (expected e.g. 25/06/24, 25/06/2024, 25-06-2024, 25-Jun-2024"
                                + " or 25 Jun 2024)",
                        "row 10: Withdrawal Amt. and Deposit Amt.: both given (2,499.00 and 1.00); a row is either a debit"
                                + " or a credit",
                        "row 11: Withdrawal Amt.: '35,000.0O' is not an amount (expected e.g. 1,23,456.78 with at most 2"
                                + " decimals, optionally followed by Cr or Dr)",
                        "row 11: Closing Balance: missing balance");
    }

    @Test
    void aDoctypeIsRefusedAndNothingIsReadFromDisk(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xml = new String(sample("camt053_2024-06-10_11.xml"), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE Document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<MsgId>HDFC-STMT-20240611-0001</MsgId>", "<MsgId>&x;</MsgId>");

        List<String> problems = problems(() -> BankStatementReader.read("x.xml", xml.getBytes(StandardCharsets.UTF_8), null, null));

        assertThat(problems).containsExactly("line 2: the XML declares a DOCTYPE; statements with a DOCTYPE (DTDs or"
                + " entities) are refused for safety: remove it");
        assertThat(String.join(" ", problems)).doesNotContain("TOP-SECRET-VALUE");
    }

    @Test
    void formatsAreFoundFromTheContent() throws IOException {
        assertThat(BankStatementReader.detect("a.txt", sample("mt940_2024-06-03_04.sta"))).isEqualTo(StatementFormat.MT940);
        assertThat(BankStatementReader.detect("a.txt", sample("camt053_2024-06-10_11.xml"))).isEqualTo(StatementFormat.CAMT053);
        assertThat(BankStatementReader.detect("a.csv", sample("sbi_2024-06-26_26.xlsx"))).isEqualTo(StatementFormat.XLSX);
        assertThat(BankStatementReader.detect("a.xlsx", sample("axis_2024-06-27_27.csv"))).isEqualTo(StatementFormat.CSV);
        assertThat(problems(() -> BankStatementReader.read("a.csv", "just,some\ntext,here\n".getBytes(StandardCharsets.UTF_8), null, null)))
                .singleElement().asString().startsWith("no known bank header row (HDFC, ICICI, SBI, Axis)");
    }

    @Test
    void aCamt054NotificationHasLinesButNoBalances() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>N1</MsgId><CreDtTm>2024-06-12T10:00:00</CreDtTm></GrpHdr>
                    <Ntfctn>
                      <Id>NTF-1</Id>
                      <Acct><Id><Othr><Id>50200012345678</Id></Othr></Id></Acct>
                      <Ntry>
                        <Amt Ccy="INR">2950.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>2024-06-12</Dt></BookgDt><ValDt><Dt>2024-06-12</Dt></ValDt>
                        <AcctSvcrRef>HDFC24061200009</AcctSvcrRef>
                        <AddtlNtryInf>UPI/416412345678/INV 60/pawar@ybl</AddtlNtryInf>
                      </Ntry>
                      <Ntry>
                        <Amt Ccy="INR">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                        <ValDt><Dt>2024-06-12</Dt></ValDt>
                      </Ntry>
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """;
        BankStatementFile s = BankStatementReader.read("n.xml", xml.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(s.format()).isEqualTo(StatementFormat.CAMT054);
        assertThat(s.openingBalance()).isNull();
        assertThat(s.closingBalance()).isNull();
        // the pending entry is not a movement yet
        assertThat(s.lines()).containsExactly(line(1, "2024-06-12", "2024-06-12", "2950.00", Direction.CR,
                "UPI/416412345678/INV 60/pawar@ybl", "HDFC24061200009", "416412345678", null));
    }
}

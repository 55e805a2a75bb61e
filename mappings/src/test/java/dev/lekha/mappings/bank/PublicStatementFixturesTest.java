package dev.lekha.mappings.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance against public statement files kept outside the repository (/work/shared/fixtures/integrations,
 * provenance in its SOURCES.md: wolph/mt940 test files, BSD-3-Clause; Prowide's camt.053.001.07 sample,
 * Apache-2.0). Skipped where the folder is absent. Expected figures are read off the files by hand.
 */
class PublicStatementFixturesTest {

    static final Path MT940 = Path.of("/work/shared/fixtures/integrations/mt940");
    static final Path CAMT = Path.of("/work/shared/fixtures/integrations/camt");

    static byte[] fixture(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        assumeTrue(Files.isRegularFile(file), "public fixture " + file + " not present");
        return Files.readAllBytes(file);
    }

    @Test
    void citiExportWithBlankEntryDatesAndInformationLines() throws IOException {
        List<BankStatementFile> s = SwiftStatements.parse(fixture(MT940, "wolph_citi_mt940.txt"));

        assertThat(s).hasSize(1);
        // 17376,67 - 212,39 - 369,28 - 561,08 = 16233,92 (:62F:); the two 0,00 "CD" lines are balance information
        assertThat(s.get(0).openingBalance()).isEqualByComparingTo("17376.67");
        assertThat(s.get(0).closingBalance()).isEqualByComparingTo("16233.92");
        assertThat(s.get(0).lines()).extracting(BankStatementLine::signedAmount)
                .containsExactly(new BigDecimal("-212.39"), new BigDecimal("-369.28"), new BigDecimal("-561.08"));
        assertThat(s.get(0).lines().get(0).narration()).isEqualTo("/PT/FT/PY/SOMETHING FOO BAR 112233 123456789");
        assertThat(BankStatementReader.check(s.get(0))).isEmpty();
    }

    @Test
    void severalStatementsOfOneAccountAreJoined() throws IOException {
        BankStatementFile s = BankStatementReader.read("generic.sta", fixture(MT940, "wolph_jejik_generic.sta"), null, null);

        // 100,00 - 10,00 = 90,00, then 90,00 - 10,00 = 80,00
        assertThat(s.accountId()).isEqualTo("11111111");
        assertThat(s.openingBalance()).isEqualByComparingTo("100.00");
        assertThat(s.closingBalance()).isEqualByComparingTo("80.00");
        assertThat(s.lines()).hasSize(2);
    }

    @Test
    void bankHeaderLinesBeforeTheFirstTagAndControlCharactersAreIgnored() throws IOException {
        List<BankStatementFile> abn = SwiftStatements.parse(fixture(MT940, "wolph_jejik_abnamro.sta"));
        assertThat(abn).hasSize(2);
        assertThat(abn.get(0).lines()).hasSize(8);
        assertThat(abn.get(0).lines().get(0).narration())
                .startsWith("GIRO 428428 KPN - DIGITENNE BETALINGSKENM. 000000042188659 5314606715");
        // this public file was trimmed upstream and does not add up; the check says by how much:
        // 3236,28 - (9,00+11,59+11,63+11,80+13,45+15,49+107,00+141,48 = 321,44) = 2914,84, the :62F: says 876,84
        assertThat(BankStatementReader.check(abn.get(0))).containsExactly("closing balance 876.84 is not opening"
                + " balance 3,236.28 + credits 0.00 - debits 321.44 = 2,914.84 (difference -2,038.00)");

        List<BankStatementFile> mbank = SwiftStatements.parse(fixture(MT940, "wolph_mBank_mt940.sta"));
        assertThat(mbank).singleElement().satisfies(st -> {
            // 0,40 + 3 x 0,01 = 0,43
            assertThat(st.closingBalance()).isEqualByComparingTo("0.43");
            assertThat(st.lines()).hasSize(3);
            assertThat(BankStatementReader.check(st)).isEmpty();
        });
    }

    @Test
    void everyPublicMt940StatementAddsUp() throws IOException {
        for (String name : List.of("wolph_cmxl_mt940.sta", "wolph_betterplace_sepa_mt9401.sta")) {
            List<BankStatementFile> statements = SwiftStatements.parse(fixture(MT940, name));
            assertThat(statements).as(name).isNotEmpty()
                    .allSatisfy(st -> assertThat(BankStatementReader.check(st)).as(name + " " + st.statementRef()).isEmpty());
        }
    }

    @Test
    void mt942InterimReportHasLinesAndNoBalances() throws IOException {
        List<BankStatementFile> s = SwiftStatements.parse(fixture(MT940, "wolph_self-provided_mt942.sta"));

        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.format()).isEqualTo(StatementFormat.MT942);
            assertThat(st.openingBalance()).isNull();
            assertThat(st.lines()).singleElement().satisfies(l -> {
                assertThat(l.amount()).isEqualByComparingTo("0.42");
                assertThat(l.direction()).isEqualTo(Direction.DR);
                assertThat(l.narration()).isEqualTo("REMIT:Costs to MT940 Parsing. This is Somuchfun.");
            });
        });
    }

    @Test
    void prowideCamt053SampleWithAppHdrHasNoBookedBalances() throws IOException {
        byte[] xml = fixture(CAMT, "prowide_camt.053.001.07_with_AppHdr.xml");

        // only OPAV and ITBD balances: an opening/closing booked balance is required for a statement
        assertThat(BankStatementReaderTest.problems(() -> BankStatementReader.read("p.xml", xml, null, null)))
                .containsExactly("Stmt/Bal: no opening balance (Tp/CdOrPrtry/Cd OPBD, or PRCD)",
                        "Stmt/Bal: no closing balance (Tp/CdOrPrtry/Cd CLBD, or CLAV)");
    }
}

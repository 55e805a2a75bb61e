package dev.lekha.routes.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code bank-statements} drop driven through its inbox folder with the samples of samples/bank-statements,
 * rewritten for a bank account of this test's own (a new company and account number per test).
 */
@SpringBootTest
@LekhaIntegrationTest
class BankStatementDropIT {

    static final Path SAMPLES = Path.of("..", "samples", "bank-statements");
    static final String SAMPLE_ACCOUNT = "50200012345678";

    @Autowired DropSettings settings;
    @Autowired InboundFiles inboundFiles;
    @Autowired JdbcTemplate jdbc;

    long companyId;
    long accountId;
    String account;

    @BeforeEach
    void newCompanyAndAccount() {
        String pan = "AB" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "C"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "K";
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Bank Drop Test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        account = "5020" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, ?, 'HDFC0000123', 'HDFC Bank')",
                companyId, account);
        accountId = jdbc.queryForObject("select id from bank_account where account_number = ?", Long.class, account);
    }

    String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(SAMPLE_ACCOUNT + "_" + name), StandardCharsets.ISO_8859_1)
                .replace(SAMPLE_ACCOUNT, account);
    }

    @Test
    void theSampleChainIsImportedWithEveryLineAndBalance() throws IOException {
        InboundFile mt940 = dropAndAwait("stmt-" + UUID.randomUUID() + ".sta", sample("mt940_2024-06-03_04.sta"));
        InboundFile camt1 = dropAndAwait("stmt-" + UUID.randomUUID() + ".xml", sample("camt053_txdtls_2024-06-05_07.xml"));
        InboundFile camt2 = dropAndAwait("stmt-" + UUID.randomUUID() + ".xml", sample("camt053_2024-06-10_11.xml"));
        InboundFile hdfc = dropAndAwait("stmt-" + UUID.randomUUID() + ".csv", sample("hdfc_2024-06-13_14.csv"));

        assertThat(mt940.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(mt940.getArchivedPath()).startsWith("archive/bank-statements/");
        assertThat(mt940.getDocumentsCount()).isEqualTo(4);
        assertThat(camt1.getDocumentsCount()).isEqualTo(4);  // the batched credit is two lines
        assertThat(camt2.getDocumentsCount()).isEqualTo(2);
        assertThat(hdfc.getDocumentsCount()).isEqualTo(3);
        assertThat(mt940.getCompanyId()).isEqualTo(companyId);
        assertThat(jdbc.queryForList("select format from bank_statement where bank_account_id = ? order by to_date",
                String.class, accountId)).containsExactly("MT940", "CAMT053", "CAMT053", "HDFC_CSV");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where bank_account_id = ?", Long.class,
                accountId)).isEqualTo(13);
        // credits 163500.50 + 236000.00 + 75000.00 + 150000.00 = 624500.50, debits 26770.00 + 12845.67 + 9999.99
        // + 37499.00 = 87114.66: net 537385.84 = HDFC's closing 1037385.84 - the MT940's opening 500000.00
        assertThat(jdbc.queryForObject("""
                select sum(case when direction = 'CR' then amount else -amount end) from bank_statement_line
                where bank_account_id = ?""", BigDecimal.class, accountId)).isEqualByComparingTo("537385.84");
        assertThat(jdbc.queryForObject("select closing_balance from bank_statement where bank_account_id = ? and format = 'HDFC_CSV'",
                BigDecimal.class, accountId)).isEqualByComparingTo("1037385.84");
        assertThat(jdbc.queryForObject("select utr from bank_statement_line where bank_account_id = ? and amount = 25000.00",
                String.class, accountId)).isEqualTo("HDFCR52024060398765432");
    }

    @Test
    void anOverlappingStatementAddsOnlyItsNewLinesAndARepeatedOneIsADuplicate() throws IOException {
        String june13 = sample("hdfc_2024-06-13_14.csv");
        dropAndAwait("a-" + UUID.randomUUID() + ".csv", june13);
        // the next download repeats 13-14 June and adds an SMS charge on the 15th: 10,37,385.84 - 17.70 = 10,37,368.14
        String overlapping = june13
                .replace("Generated On: 14-Jun-2024", "Generated On: 15-Jun-2024")
                .replace("\r\n\r\nSTATEMENT SUMMARY", "\r\n15/06/24,SMS ALERT CHARGES APR-JUN 2024,,15/06/24,17.70,,\"10,37,368.14\""
                        + "\r\n\r\nSTATEMENT SUMMARY")
                .replace("\"9,24,884.84\",2,1,\"37,499.00\",\"1,50,000.00\",\"10,37,385.84\"",
                        "\"9,24,884.84\",3,1,\"37,516.70\",\"1,50,000.00\",\"10,37,368.14\"");
        InboundFile second = dropAndAwait("b-" + UUID.randomUUID() + ".csv", overlapping);

        assertThat(second.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(second.getDocumentsCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where bank_account_id = ?", Long.class,
                accountId)).isEqualTo(4);
        assertThat(jdbc.queryForMap("select lines_in_file, lines_added from bank_statement where bank_account_id = ?"
                + " and to_date = ?", accountId, java.sql.Date.valueOf("2024-06-15")))
                .containsEntry("lines_in_file", 4).containsEntry("lines_added", 1);

        // the first download again under another name and with other header text: every line is already there
        String again = june13.replace("Page No .: 1", "Page No .: 1 of 1");
        String name = "c-" + UUID.randomUUID() + ".csv";
        InboundFile third = dropAndAwait(name, again);
        assertThat(third.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(errorReport(name)).contains("duplicate statement: all 3 lines of statement " + name
                + ", 2024-06-13 to 2024-06-14 of account XXXXXXXXXX" + account.substring(10) + " are already imported");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement where bank_account_id = ?", Long.class,
                accountId)).isEqualTo(2);
    }

    @Test
    void aGapInTheStatementsIsRejectedWithBothBalances() throws IOException {
        dropAndAwait("m-" + UUID.randomUUID() + ".sta", sample("mt940_2024-06-03_04.sta"));
        String name = "gap-" + UUID.randomUUID() + ".xml";
        InboundFile gap = dropAndAwait(name, sample("camt053_2024-06-10_11.xml"));

        assertThat(gap.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(Files.exists(settings.rejected(BankStatementDrop.CHANNEL).resolve(name))).isTrue();
        // 859884.83 - 636730.50 = 223154.33: the 5-7 June statement is missing
        assertThat(errorReport(name)).contains("gap in the statements of account", "opening balance 859884.83",
                "is not the closing balance 636730.50 of the previous statement", "difference 223154.33");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where bank_account_id = ?", Long.class,
                accountId)).isEqualTo(4);
    }

    @Test
    void aBadRowRejectsTheWholeFileWithItsRowNumber() throws IOException {
        String csv = sample("hdfc_2024-06-13_14.csv").replace("14/06/24,IMPS", "14/13/24,IMPS");
        String name = "bad-" + UUID.randomUUID() + ".csv";
        InboundFile rejected = dropAndAwait(name, csv);

        assertThat(rejected.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(errorReport(name)).contains("1 problem(s)", "row 11: Date: '14/13/24' is not a date");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement where bank_account_id = ?", Long.class,
                accountId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where bank_account_id = ?", Long.class,
                accountId)).isZero();
    }

    @Test
    void aStatementOfAnUnknownAccountIsRejected() throws IOException {
        String stranger = "9" + String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
        String name = "stranger-" + UUID.randomUUID() + ".sta";
        dropAndAwait(name, sample("mt940_2024-06-03_04.sta").replace(account, stranger));

        assertThat(errorReport(name)).contains("account XXXXXXXXXX" + stranger.substring(10)
                + " (MT940 :25:) is not a bank account of any company in Lekha");
    }

    private String errorReport(String name) throws IOException {
        return Files.readString(settings.rejected(BankStatementDrop.CHANNEL).resolve(name + ".error.txt"));
    }

    private InboundFile dropAndAwait(String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        Files.write(settings.inbox(BankStatementDrop.CHANNEL).resolve(name), bytes);
        Files.createFile(settings.inbox(BankStatementDrop.CHANNEL).resolve(name + ".done"));
        String sha = BankStatementDrop.sha256(bytes);
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboundFiles.findByChannelAndSha256(BankStatementDrop.CHANNEL, sha).orElse(null),
                        f -> f != null && f.getStatus() != InboundFileStatus.RECEIVED);
    }
}

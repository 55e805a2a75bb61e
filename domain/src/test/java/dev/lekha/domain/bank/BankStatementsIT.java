package dev.lekha.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Storing statements: account lookup, continuity by to_date, and all or nothing. A new company per test. */
@SpringBootTest
@LekhaIntegrationTest
class BankStatementsIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired BankStatements statements;

    long companyId;
    String number;
    StatementAccount account;

    @BeforeEach
    void newAccount() {
        String pan = "AB" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "C"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "B";
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Bank Test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        number = "9120" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, ?, 'UTIB0000001', 'Axis Bank')",
                companyId, number);
        account = statements.accountByNumber(number, "test").orElseThrow();
    }

    static BankStatementData.Line line(String date, String amount, String dir, String key) {
        return new BankStatementData.Line(LocalDate.parse(date), null, new BigDecimal(amount), dir, "NARRATION " + key,
                null, null, null, key);
    }

    BankStatementData statement(String sha, String from, String to, String opening, String closing,
                                BankStatementData.Line... lines) {
        return new BankStatementData("AXIS_CSV", null, "s.csv", sha, LocalDate.parse(from), LocalDate.parse(to),
                opening == null ? null : new BigDecimal(opening), closing == null ? null : new BigDecimal(closing),
                List.of(lines));
    }

    String key(String s) {
        return (number + s + "0".repeat(64)).substring(0, 64);
    }

    @Test
    void theAccountIsFoundByFileNamePrefixOrByTheNumberAsTheFileWritesIt() {
        assertThat(statements.accountForFileName(number + "_june.csv")).contains(account);
        assertThat(statements.accountForFileName("june-" + number + ".csv")).isEmpty();
        assertThat(statements.accountByNumber("UTIB0000001/" + number, "MT940 :25:")).contains(account);
        assertThat(statements.accountByNumber(number.substring(0, 4) + " " + number.substring(4), "csv")).contains(account);
        assertThat(statements.accountByNumber("1" + number, "csv")).isEmpty();
    }

    @Test
    void anAccountNumberOfTwoCompaniesIsRefused() {
        long other = jdbc.queryForObject("select id from company where id <> ? order by id fetch first 1 rows only",
                Long.class, companyId);
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, ?, 'HDFC0000001', 'HDFC Bank')",
                other, number);
        assertThatThrownBy(() -> statements.accountByNumber(number, "MT940 :25:"))
                .isInstanceOf(BankStatementRejectedException.class)
                .hasMessageContaining("belongs to 2 bank accounts in Lekha");
    }

    @Test
    void continuityIsCheckedAgainstThePreviousStatementByToDateEvenWhenImportedOutOfOrder() {
        // July first, then June (a back-fill), then August
        statements.store(account, statement("a1", "2024-07-01", "2024-07-31", "1500.00", "1400.00",
                line("2024-07-10", "100.00", "DR", key("jul"))));
        statements.store(account, statement("a2", "2024-06-01", "2024-06-30", "1000.00", "1500.00",
                line("2024-06-10", "500.00", "CR", key("jun"))));

        // August must open at July's 1400.00 (the latest to_date on or before 1 August), not June's 1500.00
        assertThatThrownBy(() -> statements.store(account, statement("a3", "2024-08-01", "2024-08-31", "1500.00", "1600.00",
                line("2024-08-10", "100.00", "CR", key("aug")))))
                .isInstanceOf(BankStatementRejectedException.class)
                .hasMessageContaining("opening balance 1500.00")
                .hasMessageContaining("is not the closing balance 1400.00 of the previous statement")
                .hasMessageContaining("difference 100.00");

        BankStatements.Stored aug = statements.store(account, statement("a4", "2024-08-01", "2024-08-31", "1400.00", "1500.00",
                line("2024-08-10", "100.00", "CR", key("aug"))));
        assertThat(aug.linesAdded()).isEqualTo(1);
    }

    @Test
    void aStatementIsStoredWholeOrNotAtAll() {
        // the second line breaks a database rule (amount > 0): the statement row and the first line are rolled back
        assertThatThrownBy(() -> statements.store(account, statement("b1", "2024-06-01", "2024-06-30", null, null,
                line("2024-06-10", "10.00", "CR", key("ok")), line("2024-06-11", "0.00", "DR", key("zero")))))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForObject("select count(*) from bank_statement where bank_account_id = ?", Long.class,
                account.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where bank_account_id = ?", Long.class,
                account.id())).isZero();
    }
}

package dev.lekha.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.gst.Pan;
import dev.lekha.domain.ledger.JournalEntry.Posting;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class JournalEntryIT {

    @Autowired Companies companies;
    @Autowired LedgerAccounts accounts;
    @Autowired JournalEntries entries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void onlyBalancedEntriesArePosted() {
        Company company = companies.save(new Company("Journal Test LLP", Pan.of("AAJFJ2222L"), false, false, Instant.now()));
        long id = company.getId();
        LedgerAccount receivables = accounts.save(new LedgerAccount(id, "1200", "Trade receivables", AccountType.ASSET, null));
        LedgerAccount sales = accounts.save(new LedgerAccount(id, "4100", "Sales", AccountType.INCOME, null));
        LedgerAccount outputIgst = accounts.save(new LedgerAccount(id, "2220", "Output IGST", AccountType.LIABILITY, null));
        LocalDate day = LocalDate.of(2026, 10, 5);

        // invoice of 1000.00 + 180.00 IGST: Dr receivables 1180.00 / Cr sales 1000.00, Cr output IGST 180.00
        JournalEntry entry = entries.save(JournalEntry.post(id, day, "Invoice MH/2627/0001", "sales_document", "1",
                List.of(Posting.debit(receivables.getId(), new BigDecimal("1180")),
                        Posting.credit(sales.getId(), new BigDecimal("1000.00")),
                        Posting.credit(outputIgst.getId(), new BigDecimal("180.00"))), Instant.now()));
        assertThat(entries.balanceOf(receivables.getId())).isEqualByComparingTo("1180.00");
        assertThat(entries.balanceOf(outputIgst.getId())).isEqualByComparingTo("-180.00");
        assertThat(jdbc.queryForObject("select count(*) from journal_line where journal_entry_id = ?", Long.class,
                entry.getId())).isEqualTo(3);

        long before = jdbc.queryForObject("select count(*) from journal_entry", Long.class);
        assertThatThrownBy(() -> JournalEntry.post(id, day, "Short by a paisa", null, null,
                List.of(Posting.debit(receivables.getId(), new BigDecimal("1180.00")),
                        Posting.credit(sales.getId(), new BigDecimal("1179.99"))), Instant.now()))
                .isInstanceOf(UnbalancedJournalEntryException.class)
                .hasMessage("journal entry 'Short by a paisa' does not balance: debits 1180.00, credits 1179.99 (difference 0.01)");
        assertThat(jdbc.queryForObject("select count(*) from journal_entry", Long.class)).isEqualTo(before);

        // the table refuses a line that is both (or neither) a debit and a credit, even bypassing the entity
        assertThatThrownBy(() -> jdbc.update("insert into journal_line (company_id, journal_entry_id, line_no,"
                + " ledger_account_id, debit, credit) values (?, ?, 9, ?, 5, 5)", id, entry.getId(), sales.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}

package dev.lekha.domain.openitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.gst.Pan;
import dev.lekha.domain.ledger.JournalEntries;
import dev.lekha.domain.ledger.JournalEntry.Posting;
import dev.lekha.domain.ledger.StandardAccount;
import dev.lekha.domain.ledger.StandardAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class OpenItemsIT {

    @Autowired Companies companies;
    @Autowired StandardAccounts standardAccounts;
    @Autowired OpenItems openItems;
    @Autowired JournalEntries journalEntries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aBillIsPaidInPartsOnceEachAndNeverBeyondItsTotal() {
        long company = companies.save(new Company("Open Items Test LLP", Pan.of("AAJFO3333M"), false, false,
                Instant.now())).getId();
        jdbc.update("insert into purchase_invoice (company_id, supplier_gstin, supplier_name, doc_type, doc_number,"
                + " doc_date, financial_year, return_period, place_of_supply, reverse_charge, taxable_value, igst, cgst,"
                + " sgst, cess, total, itc_eligibility, received_at) values (?, '29AAACV1234F1Z5', 'Vendor', 'INV',"
                + " 'V-1', date '2026-10-01', '2026-27', '102026', '29', false, 1000.00, 180.00, 0, 0, 0, 1180.00,"
                + " 'INPUTS', current_timestamp)", company);
        long bill = jdbc.queryForObject("select id from purchase_invoice where company_id = ?", Long.class, company);
        long bank = standardAccounts.idOf(company, StandardAccount.BANK);
        long payables = standardAccounts.idOf(company, StandardAccount.TRADE_PAYABLES);
        assertThat(standardAccounts.idOf(company, StandardAccount.BANK)).as("created once").isEqualTo(bank);

        var first = openItems.settle(payment(company, bill, "1000.00", "line-1", payables, bank));
        assertThat(first.created()).isTrue();
        assertThat(openItems.outstanding(company, OpenItemType.PURCHASE_INVOICE, bill)).isEqualByComparingTo("180.00");
        assertThat(journalEntries.balanceOf(payables)).isEqualByComparingTo("1000.00");

        var again = openItems.settle(payment(company, bill, "1000.00", "line-1", payables, bank));
        assertThat(again).isEqualTo(new OpenItems.Settled(first.settlementId(), first.journalEntryId(), false));
        assertThat(journalEntries.balanceOf(payables)).as("no second posting").isEqualByComparingTo("1000.00");

        assertThatThrownBy(() -> openItems.settle(payment(company, bill, "180.01", "line-2", payables, bank)))
                .isInstanceOf(OverSettlementException.class)
                .hasMessage("PURCHASE_INVOICE " + bill + ": cannot settle 180.01, only 180.00 is outstanding");
        assertThat(journalEntries.balanceOf(payables)).as("refused settlement posts nothing").isEqualByComparingTo("1000.00");

        openItems.settle(payment(company, bill, "180.00", "line-2", payables, bank));
        assertThat(openItems.outstanding(company, OpenItemType.PURCHASE_INVOICE, bill)).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, bill))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Settlement payment(long company, long bill, String amount, String source, long payables, long bank) {
        BigDecimal value = new BigDecimal(amount);
        return new Settlement(company, OpenItemType.PURCHASE_INVOICE, bill, value, LocalDate.of(2026, 10, 20),
                "BANK_LINE", source, "Paid bill V-1", List.of(Posting.debit(payables, value), Posting.credit(bank, value)));
    }
}

package dev.lekha.mappings.recon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.mappings.recon.BankReconciliation.Index;
import dev.lekha.mappings.recon.BankReconciliation.Settings;
import dev.lekha.mappings.recon.ReconMatch.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases per rule; every amount and confidence worked by hand from the rules in BankReconciliation. */
class BankReconciliationTest {

    private final BankReconciliation recon = new BankReconciliation(Settings.defaults());
    private static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);

    private static OpenItem invoice(long id, String number, String date, String amount, String party) {
        return new OpenItem(ReconTarget.SALES_DOCUMENT, id, true, LocalDate.parse(date), new BigDecimal(amount), number,
                null, party);
    }

    private static OpenItem bill(long id, String number, String date, String amount, String party) {
        return new OpenItem(ReconTarget.PURCHASE_INVOICE, id, false, LocalDate.parse(date), new BigDecimal(amount),
                number, null, party);
    }

    private static StatementLine cr(long id, String date, String amount, String narration, String utr) {
        return new StatementLine(id, LocalDate.parse(date), new BigDecimal(amount), true, narration, null, utr);
    }

    private Index index(OpenItem... items) {
        Index index = recon.newIndex();
        for (OpenItem i : items) {
            index.add(i);
        }
        return index;
    }

    private static List<Long> ids(ReconMatch m) {
        return m.allocations().stream().map(a -> a.item().id()).toList();
    }

    @Test
    void r1SettlementUtrEqualsLineUtr() {
        OpenItem settlement = new OpenItem(ReconTarget.RAZORPAY_SETTLEMENT, 7, true, JUNE_10, new BigDecimal("48213.40"),
                "setl_JaB3kZ8hR1Qx2P", "AXISCN0123456789", "Razorpay Software Private Limited");
        Index index = index(settlement, invoice(1, "INV/26-27/0001", "2026-06-01", "48213.40", "Other Party"));

        ReconMatch m = recon.match(cr(100, "2026-06-11", "48213.40",
                "NEFT CR-UTIB0000004-RAZORPAY SOFTWARE PVT LTD-AXISCN0123456789", "AXISCN0123456789"), index).orElseThrow();

        assertThat(m.rule()).isEqualTo(ReconRule.R1_REFERENCE);
        assertThat(m.confidence()).isEqualByComparingTo("0.99");
        assertThat(m.suggestion()).isFalse();
        assertThat(ids(m)).containsExactly(7L);
    }

    @Test
    void r1DocumentNumberThenPartPaymentsNeverBeyondOutstanding() {
        Index index = index(invoice(1, "INV/26-27/0042", "2026-06-01", "11800.00", "Acme Traders Pvt Ltd"));

        ReconMatch part = recon.match(cr(1, "2026-06-05", "5000.00", "NEFT CR-HDFC0000123-ACME TRADERS-INV/26-27/0042",
                null), index).orElseThrow();
        assertThat(part.rule()).isEqualTo(ReconRule.R1_REFERENCE);
        assertThat(part.confidence()).isEqualByComparingTo("0.92");
        assertThat(part.allocations().get(0).amount()).isEqualByComparingTo("5000.00");

        // 11,800.00 - 5,000.00 = 6,800.00 left: the second payment clears it exactly
        ReconMatch rest = recon.match(cr(2, "2026-06-20", "6800.00", "IMPS/ACME/INV 26-27 0042", null), index)
                .orElseThrow();
        assertThat(rest.rule()).isEqualTo(ReconRule.R1_REFERENCE);
        assertThat(rest.confidence()).isEqualByComparingTo("0.97");
        assertThat(rest.allocations().get(0).amount()).isEqualByComparingTo("6800.00");

        // nothing is left: a third line naming it matches nothing
        assertThat(recon.match(cr(3, "2026-06-21", "100.00", "NEFT INV/26-27/0042", null), index)).isEmpty();
    }

    @Test
    void r1SeveralDocumentNumbersSummingToTheLine() {
        Index index = index(invoice(1, "INV/26-27/0101", "2026-06-01", "1180.00", "Bharat Steel"),
                invoice(2, "INV/26-27/0102", "2026-06-02", "2360.00", "Bharat Steel"));
        ReconMatch m = recon.match(cr(1, "2026-06-09", "3540.00", "RTGS BHARAT STEEL INV/26-27/0101 INV/26-27/0102",
                null), index).orElseThrow();
        assertThat(m.rule()).isEqualTo(ReconRule.R1_REFERENCE);
        assertThat(m.confidence()).isEqualByComparingTo("0.95");
        assertThat(ids(m)).containsExactly(1L, 2L);
    }

    @Test
    void r2UniqueAmountWithThePartyNamedIsAMatch() {
        Index index = index(invoice(1, "A-1", "2026-06-01", "5900.00", "Kaveri Agro Traders"),
                invoice(2, "A-2", "2026-06-01", "5900.01", "Nilgiri Foods"));
        ReconMatch m = recon.match(cr(1, "2026-06-04", "5900.00", "UPI/KAVERI AGRO TRADERS/okaxis", null), index)
                .orElseThrow();
        assertThat(m.rule()).isEqualTo(ReconRule.R2_AMOUNT_DATE);
        // 0.85 + 0.10 x 1.0 (all three party tokens found)
        assertThat(m.confidence()).isEqualByComparingTo("0.95");
        assertThat(m.suggestion()).isFalse();
        assertThat(ids(m)).containsExactly(1L);
    }

    @Test
    void r2UniqueAmountWithoutANameIsOnlyASuggestion() {
        Index index = index(invoice(1, "A-1", "2026-06-01", "5900.00", "Kaveri Agro Traders"));
        ReconMatch m = recon.match(cr(1, "2026-06-04", "5900.00", "IMPS 615512345678", null), index).orElseThrow();
        assertThat(m.rule()).isEqualTo(ReconRule.R2_AMOUNT_DATE);
        assertThat(m.confidence()).isEqualByComparingTo("0.85");
        assertThat(m.suggestion()).isTrue();
        // a suggestion takes nothing: the same line matches again
        assertThat(recon.match(cr(1, "2026-06-04", "5900.00", "IMPS 615512345678", null), index)).isPresent();
    }

    @Test
    void twoEqualOpenAmountsAreASuggestionListingBothNotAMatch() {
        Index index = index(invoice(1, "A-1", "2026-06-01", "5900.00", "Kaveri Agro Traders"),
                invoice(2, "A-2", "2026-06-02", "5900.00", "Nilgiri Foods"));
        ReconMatch m = recon.match(cr(1, "2026-06-04", "5900.00", "CASH DEPOSIT 0042", null), index).orElseThrow();
        assertThat(m.suggestion()).isTrue();
        assertThat(m.rule()).isEqualTo(ReconRule.R2_AMOUNT_DATE);
        assertThat(m.confidence()).isEqualByComparingTo("0.50");
        assertThat(ids(m)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void r2OutsideTheDateWindowIsNothing() {
        Index index = index(invoice(1, "A-1", "2026-01-01", "5900.00", "Kaveri Agro Traders"));
        // 160 days after the invoice: beyond the 120-day window
        assertThat(recon.match(cr(1, "2026-06-10", "5900.00", "IMPS 615512345678", null), index)).isEmpty();
    }

    @Test
    void r3OneCreditPaysTwoInvoicesOfTheNamedParty() {
        Index index = index(invoice(1, "K-1", "2026-06-01", "1000.00", "Kaveri Agro Traders"),
                invoice(2, "K-2", "2026-06-02", "2360.00", "Kaveri Agro Traders"),
                invoice(3, "K-3", "2026-06-03", "5900.00", "Kaveri Agro Traders"));
        // 2,360.00 + 5,900.00 = 8,260.00 is the only subset; "TRAD" is a truncated TRADERS: similarity 3/3
        ReconMatch m = recon.match(cr(1, "2026-06-08", "8260.00", "NEFT CR-SBIN0001234-KAVERI AGRO TRAD", null), index)
                .orElseThrow();
        assertThat(m.rule()).isEqualTo(ReconRule.R3_SPLIT);
        assertThat(m.confidence()).isEqualByComparingTo("0.95");
        assertThat(ids(m)).containsExactly(2L, 3L);
        assertThat(m.allocations()).extracting(Allocation::amount).map(BigDecimal::toPlainString)
                .containsExactly("2360.00", "5900.00");
    }

    @Test
    void r4TypoInThePartyPicksOneOfTwoEqualAmounts() {
        Index index = index(invoice(1, "S-1", "2026-06-01", "25000.00", "Sundaram Textiles"),
                invoice(2, "N-1", "2026-06-01", "25000.00", "Nilgiri Foods"));
        // SUNDRAM is SUNDARAM with one letter missing: similarity 2/2 = 1.0; 0.60 + 0.30 = 0.90
        ReconMatch m = recon.match(cr(1, "2026-06-03", "25000.00", "UPI/SUNDRAM TEXTILES/9876543210@ybl", null), index)
                .orElseThrow();
        assertThat(m.rule()).isEqualTo(ReconRule.R4_PARTY_NAME);
        assertThat(m.confidence()).isEqualByComparingTo("0.90");
        assertThat(m.suggestion()).isFalse();
        assertThat(ids(m)).containsExactly(1L);
    }

    @Test
    void r4WithinToleranceIsASuggestion() {
        Index index = index(invoice(1, "S-1", "2026-06-01", "25000.00", "Sundaram Textiles"));
        // 50 paise short: 0.60 + 0.30 - 0.10 = 0.80, below 0.90; allocated the line's 24,999.50
        ReconMatch m = recon.match(cr(1, "2026-06-03", "24999.50", "NEFT SUNDARAM TEXTILES", null), index).orElseThrow();
        assertThat(m.rule()).isEqualTo(ReconRule.R4_PARTY_NAME);
        assertThat(m.confidence()).isEqualByComparingTo("0.80");
        assertThat(m.suggestion()).isTrue();
        assertThat(m.allocations().get(0).amount()).isEqualByComparingTo("24999.50");
    }

    @Test
    void directionMattersDebitsPayBillsOnly() {
        Index index = index(invoice(1, "INV-9", "2026-06-01", "11800.00", "Acme Traders"),
                bill(2, "B-77", "2026-06-01", "11800.00", "Acme Traders"));
        ReconMatch m = recon.match(new StatementLine(1, JUNE_10, new BigDecimal("11800.00"), false,
                "NEFT DR-ACME TRADERS", null, null), index).orElseThrow();
        assertThat(ids(m)).containsExactly(2L);
        assertThat(m.allocations().get(0).item().type()).isEqualTo(ReconTarget.PURCHASE_INVOICE);
    }

    @Test
    void partyNamesDropChannelWordsSuffixesAndCodes() {
        assertThat(PartyNames.tokens("NEFT CR-HDFC0001234-KAVERI AGRO PVT LTD-N123456789012"))
                .containsExactly("KAVERI", "AGRO");
        assertThat(PartyNames.similarity(List.of("KAVRI", "AGRO"), new String[] {"KAVERI", "AGRO"})).isEqualTo(1.0);
        assertThat(PartyNames.similarity(List.of("NILGIRI"), new String[] {"KAVERI", "AGRO"})).isEqualTo(0.0);
    }

    @Test
    void r2SettlementByAmountWithinThreeDaysAndJournalEntriesByDirection() {
        OpenItem settlement = new OpenItem(ReconTarget.RAZORPAY_SETTLEMENT, 7, true, JUNE_10, new BigDecimal("2866.45"),
                "setl_DemoLekha0001", "UTIBR52026000123", "Razorpay Software Private Limited");
        OpenItem rent = new OpenItem(ReconTarget.JOURNAL_ENTRY, 8, false, JUNE_10, new BigDecimal("45000.00"), "JE8",
                null, null);
        Index index = index(settlement, rent);
        // no UTR on the line: amount within 3 days of the settlement date, the only candidate: 0.92
        ReconMatch s = recon.match(cr(1, "2026-06-13", "2866.45", "NEFT CR-UTIB0000004-RAZORPAY", null), index).orElseThrow();
        assertThat(s.rule()).isEqualTo(ReconRule.R2_AMOUNT_DATE);
        assertThat(s.confidence()).isEqualByComparingTo("0.92");
        assertThat(ids(s)).containsExactly(7L);
        // a credit of the rent's amount is not the rent (a bank debit); the debit is
        assertThat(recon.match(cr(2, "2026-06-10", "45000.00", "CASH DEP", null), index)).isEmpty();
        ReconMatch r = recon.match(new StatementLine(3, JUNE_10.plusDays(1), new BigDecimal("45000.00"), false,
                "CHQ 000123 RENT", null, null), index).orElseThrow();
        assertThat(ids(r)).containsExactly(8L);
        // four days off is outside the settlement window
        Index late = index(new OpenItem(ReconTarget.RAZORPAY_SETTLEMENT, 9, true, JUNE_10, new BigDecimal("100.00"),
                "setl_X", null, null));
        assertThat(recon.match(cr(4, "2026-06-14", "100.00", "NEFT", null), late)).isEmpty();
    }
}

package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of issue 4 in order (R1 exact, R2 normalised number within 10 days, R3 amounts within ₹1,
 * R4 same PAN), each outcome, the window edges and people's decisions. Amounts are worked by hand.
 */
class PurchaseReconciliationTest {

    static final String ALPHA = "27AAPFU0939F1ZV";
    static final String RAVI_KA = "29AAACR5055K1Z3";
    static final String RAVI_KA_2 = "29AAACR5055K2Z2";
    static final LocalDate MAY_3 = LocalDate.of(2024, 5, 3);

    final PurchaseReconciliation engine = new PurchaseReconciliation();

    static ReconDocument doc(long id, String gstin, String type, String number, LocalDate date, String taxable,
                             String cgst, String sgst) {
        return new ReconDocument(id, gstin, type, number, date, "27", false, new BigDecimal(taxable),
                new BigDecimal("0.00"), new BigDecimal(cgst), new BigDecimal(sgst), new BigDecimal("0.00"));
    }

    static ReconDocument inv(long id, String number, LocalDate date) {
        return doc(id, ALPHA, "INV", number, date, "1000.00", "90.00", "90.00");
    }

    @Test
    void r1ExactWhenEverythingAgreesWithinTheTolerance() {
        // 2B taxable 1000.50 vs 1000.00 (0.50 <= 1.00), cgst 90.09 vs 90.00: within ₹1, so exact
        var pairs = engine.reconcile(List.of(inv(1, "AT-42", MAY_3)),
                List.of(doc(11, ALPHA, "INV", "AT-42", MAY_3, "1000.50", "90.09", "90.00")), List.of());

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ReconOutcome.EXACT_MATCH);
            assertThat(p.rule()).isEqualTo(ReconRule.R1_EXACT);
            assertThat(p.differences()).isEmpty();
            assertThat(p.reason()).startsWith("R1 exact");
        });
    }

    @Test
    void r2SuggestsWhenNumbersAgreeAfterNormalisation() {
        var pairs = engine.reconcile(List.of(inv(1, "AT/0042/2024-25", MAY_3)),
                List.of(inv(11, "at-42", MAY_3.plusDays(2))), List.of());

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ReconOutcome.SUGGESTED_MATCH);
            assertThat(p.rule()).isEqualTo(ReconRule.R2_NORMALISED_NUMBER);
            assertThat(p.differencesText()).isEqualTo(
                    "doc_number: books AT/0042/2024-25, 2B at-42; doc_date: books 2024-05-03, 2B 2024-05-05");
            assertThat(p.reason()).contains("equal after normalisation ('AT 42')").contains("2 day(s) apart");
        });
    }

    @ParameterizedTest(name = "{0} days apart -> {1}")
    @CsvSource({"9, SUGGESTED_MATCH", "10, SUGGESTED_MATCH", "11, MISSING_IN_2B"})
    void theDateWindowIsTenDaysInclusive(int days, ReconOutcome expected) {
        var pairs = engine.reconcile(List.of(inv(1, "AT-042", MAY_3)),
                List.of(inv(11, "AT-42", MAY_3.plusDays(days))), List.of());

        assertThat(pairs.get(0).outcome()).isEqualTo(expected);
        if (expected == ReconOutcome.MISSING_IN_2B) {
            assertThat(pairs).extracting(ReconPair::outcome)
                    .containsExactly(ReconOutcome.MISSING_IN_2B, ReconOutcome.MISSING_IN_BOOKS);
            assertThat(pairs.get(0).reason()).isEqualTo("nearest in GSTR-2B: INV AT-42 dated 2024-05-14;"
                    + " differs: doc_number: books AT-042, 2B AT-42; doc_date: books 2024-05-03, 2B 2024-05-14"
                    + " (dates 11 days apart, window 10)");
        }
    }

    @Test
    void r2PairWithDifferentAmountsIsAMismatchNamingEachField() {
        // taxable 1000.00 vs 1100.00 (100 > 1), cgst/sgst 90.00 vs 99.00 (9 > 1)
        var pairs = engine.reconcile(List.of(inv(1, "AT-42", MAY_3)),
                List.of(doc(11, ALPHA, "INV", "AT-42", MAY_3, "1100.00", "99.00", "99.00")), List.of());

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ReconOutcome.MISMATCH);
            assertThat(p.rule()).isEqualTo(ReconRule.R2_NORMALISED_NUMBER);
            assertThat(p.differencesText()).isEqualTo("taxable_value: books 1000.00, 2B 1100.00;"
                    + " cgst: books 90.00, 2B 99.00; sgst: books 90.00, 2B 99.00");
        });
    }

    @Test
    void aPlaceOfSupplyDifferenceMakesAnOtherwiseExactPairAMismatch() {
        ReconDocument portal = new ReconDocument(11, ALPHA, "INV", "AT-42", MAY_3, "29", false,
                new BigDecimal("1000.00"), new BigDecimal("0.00"), new BigDecimal("90.00"), new BigDecimal("90.00"),
                new BigDecimal("0.00"));

        var pair = engine.reconcile(List.of(inv(1, "AT-42", MAY_3)), List.of(portal), List.of()).get(0);

        assertThat(pair.outcome()).isEqualTo(ReconOutcome.MISMATCH);
        assertThat(pair.rule()).isEqualTo(ReconRule.R1_EXACT);
        assertThat(pair.differencesText()).isEqualTo("place_of_supply: books 27, 2B 29");
    }

    @Test
    void r3SuggestsWhenOnlyTheNumberDiffers() {
        // india-compliance's "bill no suggested match": BILL-23-00040 vs BILL-23-00045, same date and amounts
        var pairs = engine.reconcile(List.of(inv(1, "BILL-23-00040", MAY_3)),
                List.of(inv(11, "BILL-23-00045", MAY_3.plusDays(1))), List.of());

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ReconOutcome.SUGGESTED_MATCH);
            assertThat(p.rule()).isEqualTo(ReconRule.R3_AMOUNTS);
            assertThat(p.reason()).isEqualTo("R3: same supplier and type, numbers differ ('BILL-23-00040' vs"
                    + " 'BILL-23-00045'), dates 1 day(s) apart, every amount within ₹1.00");
        });
    }

    /**
     * The cases of india-compliance's purchase reconciliation test data (test_purchase_reconciliation_tool.json,
     * resilient-tech/india-compliance): a purchase invoice of taxable 10000, CGST 900, SGST 900 dated
     * 11-12-2023, against 2B documents. Their "rounding difference" case (2B taxable 10000.50, CGST and SGST
     * 900.045) is a suggested match there; here R1 counts amounts within ₹1 as equal, so it is exact.
     */
    @Test
    void indiaComplianceCasesCheckedByHand() {
        LocalDate dec11 = LocalDate.of(2023, 12, 11);
        var exact = engine.reconcile(List.of(doc(1, ALPHA, "INV", "BILL-23-00001", dec11, "10000.00", "900.00", "900.00")),
                List.of(doc(11, ALPHA, "INV", "BILL-23-00001", dec11, "10000.00", "900.00", "900.00")), List.of());
        // 900.045 is read at scale 2 half-up: 900.05
        var rounding = engine.reconcile(List.of(doc(1, ALPHA, "INV", "BILL-23-00030", dec11, "10000.00", "900.00", "900.00")),
                List.of(doc(11, ALPHA, "INV", "BILL-23-00030", dec11, "10000.50", "900.05", "900.05")), List.of());
        var billNumber = engine.reconcile(List.of(doc(1, ALPHA, "INV", "BILL-23-00040", dec11, "10000.00", "900.00", "900.00")),
                List.of(doc(11, ALPHA, "INV", "BILL-23-00045", dec11, "10000.00", "900.00", "900.00")), List.of());

        assertThat(exact.get(0).outcome()).isEqualTo(ReconOutcome.EXACT_MATCH);
        assertThat(rounding.get(0).outcome()).isEqualTo(ReconOutcome.EXACT_MATCH);
        assertThat(billNumber.get(0).outcome()).isEqualTo(ReconOutcome.SUGGESTED_MATCH);
        assertThat(billNumber.get(0).rule()).isEqualTo(ReconRule.R3_AMOUNTS);
    }

    @Test
    void r3NeedsAmountsWithinTheTolerance() {
        // taxable differs by 1.01 (> 1.00)
        var pairs = engine.reconcile(List.of(inv(1, "A-1", MAY_3)),
                List.of(doc(11, ALPHA, "INV", "B-2", MAY_3, "1001.01", "90.00", "90.00")), List.of());

        assertThat(pairs).extracting(ReconPair::outcome)
                .containsExactly(ReconOutcome.MISSING_IN_2B, ReconOutcome.MISSING_IN_BOOKS);
    }

    @Test
    void r4PairsTheSamePanUnderAnotherGstin() {
        var pairs = engine.reconcile(List.of(doc(1, RAVI_KA, "INV", "RC/7/24-25", MAY_3, "500.00", "45.00", "45.00")),
                List.of(doc(11, RAVI_KA_2, "INV", "RC-0007", MAY_3.plusDays(40), "500.00", "45.00", "45.00")), List.of());

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(ReconRule.R4_SAME_PAN);
            assertThat(p.outcome()).isEqualTo(ReconOutcome.SUGGESTED_MATCH);
            assertThat(p.differences().get(0)).isEqualTo(new FieldDifference("supplier_gstin", RAVI_KA, RAVI_KA_2));
        });
    }

    @Test
    void aRejectedSamePanPairSaysSo() {
        var pairs = engine.reconcile(List.of(doc(1, RAVI_KA, "INV", "RC-7", MAY_3, "500.00", "45.00", "45.00")),
                List.of(doc(11, RAVI_KA_2, "INV", "RC-0007", MAY_3, "500.00", "45.00", "45.00")),
                List.of(new ReconDecision(ReconDecision.Kind.REJECTED, 1, 11)));

        assertThat(pairs.get(0).reason()).isEqualTo("nearest in GSTR-2B: INV RC-0007 dated 2024-05-03, a pairing a"
                + " person rejected; differs: supplier_gstin: books 29AAACR5055K1Z3, 2B 29AAACR5055K2Z2;"
                + " doc_number: books RC-7, 2B RC-0007");
    }

    @Test
    void rulesApplyInOrderSoAnExactPairIsNotStolenByAnEarlierSuggestion() {
        // book 1 "AT-42" on 3 May would suggest-match 2B "AT-042" (R2), but 2B "AT-42" matches book 2 exactly
        // and book 1 exactly too: R1 runs over every book first, so both R1 pairs win.
        var books = List.of(inv(1, "AT-42", MAY_3), inv(2, "AT-042", MAY_3.plusDays(1)));
        var portal = List.of(inv(11, "AT-042", MAY_3.plusDays(1)), inv(12, "AT-42", MAY_3));

        var pairs = engine.reconcile(books, portal, List.of());

        assertThat(pairs).extracting(p -> p.book().id() + "-" + p.portal().id() + " " + p.outcome())
                .containsExactly("1-12 EXACT_MATCH", "2-11 EXACT_MATCH");
    }

    @Test
    void loneDocumentsSayWhy() {
        var pairs = engine.reconcile(List.of(doc(1, RAVI_KA, "INV", "X-1", MAY_3, "10.00", "0.90", "0.90")),
                List.of(inv(11, "AT-1", MAY_3)), List.of());

        assertThat(pairs.get(0).outcome()).isEqualTo(ReconOutcome.MISSING_IN_2B);
        assertThat(pairs.get(0).reason()).isEqualTo("no document from this supplier (29AAACR5055K1Z3) in GSTR-2B for FY 2024-25");
        assertThat(pairs.get(1).outcome()).isEqualTo(ReconOutcome.MISSING_IN_BOOKS);
        assertThat(pairs.get(1).reason()).isEqualTo("no document from this supplier (27AAPFU0939F1ZV) in the books for FY 2024-25");
    }

    @Test
    void financialYearsAreReconciledApart() {
        // 31 March 2024 (FY 2023-24) and 2 April 2024 (FY 2024-25): two days apart but different years
        var pairs = engine.reconcile(List.of(inv(1, "AT-42", LocalDate.of(2024, 3, 31))),
                List.of(inv(11, "AT-42", LocalDate.of(2024, 4, 2))), List.of());

        assertThat(pairs).extracting(ReconPair::outcome)
                .containsExactly(ReconOutcome.MISSING_IN_2B, ReconOutcome.MISSING_IN_BOOKS);
    }

    @Test
    void aRejectedSuggestionIsNeverProposedAgain() {
        var books = List.of(inv(1, "AT-042", MAY_3));
        var portal = List.of(inv(11, "AT-42", MAY_3.plusDays(3)));

        var pairs = engine.reconcile(books, portal, List.of(new ReconDecision(ReconDecision.Kind.REJECTED, 1, 11)));

        assertThat(pairs).extracting(ReconPair::outcome)
                .containsExactly(ReconOutcome.MISSING_IN_2B, ReconOutcome.MISSING_IN_BOOKS);
        assertThat(pairs.get(0).reason()).contains("a pairing a person rejected");
    }

    @Test
    void aManualMatchIsKeptEvenWhereARuleWouldPairOtherwise() {
        // book 1 would match 2B 11 exactly, but a person paired book 1 with 2B 12
        var books = List.of(inv(1, "AT-42", MAY_3));
        var portal = List.of(inv(11, "AT-42", MAY_3), inv(12, "ZZ-9", MAY_3.plusDays(60)));

        var pairs = engine.reconcile(books, portal, List.of(new ReconDecision(ReconDecision.Kind.MANUAL, 1, 12)));

        assertThat(pairs.get(0).outcome()).isEqualTo(ReconOutcome.MANUAL_MATCH);
        assertThat(pairs.get(0).portal().id()).isEqualTo(12);
        assertThat(pairs.get(0).decision()).isEqualTo(ReconDecision.Kind.MANUAL);
        assertThat(pairs.get(1).outcome()).isEqualTo(ReconOutcome.MISSING_IN_BOOKS);
        assertThat(pairs.get(1).portal().id()).isEqualTo(11);
        assertThat(pairs.get(1).reason())
                .isEqualTo("nearest in the books: INV AT-42 dated 2024-05-03, already paired with INV ZZ-9");
    }

    @Test
    void anAcceptedSuggestionIsKeptWithItsRule() {
        var pairs = engine.reconcile(List.of(inv(1, "AT-042", MAY_3)), List.of(inv(11, "AT-42", MAY_3)),
                List.of(new ReconDecision(ReconDecision.Kind.ACCEPTED, 1, 11)));

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ReconOutcome.SUGGESTED_MATCH);
            assertThat(p.rule()).isEqualTo(ReconRule.R2_NORMALISED_NUMBER);
            assertThat(p.decision()).isEqualTo(ReconDecision.Kind.ACCEPTED);
        });
    }

    @Test
    void theToleranceIsConfigurable() {
        var strict = new PurchaseReconciliation(new BigDecimal("0.00"));
        var pairs = strict.reconcile(List.of(inv(1, "AT-42", MAY_3)),
                List.of(doc(11, ALPHA, "INV", "AT-42", MAY_3, "1000.01", "90.00", "90.00")), List.of());

        assertThat(pairs.get(0).outcome()).isEqualTo(ReconOutcome.MISMATCH);
        assertThat(pairs.get(0).differencesText()).isEqualTo("taxable_value: books 1000.00, 2B 1000.01");
    }

    @Test
    void pairsEveryInvoiceOfManySuppliersWithinItsOwnSupplier() {
        int suppliers = 5_000;
        // 5,000 suppliers with 10 invoices each on both sides, numbered alike across suppliers: every pair must stay
        // within its supplier (speed is measured by ops/bench, not asserted here)
        List<ReconDocument> books = new ArrayList<>();
        List<ReconDocument> portal = new ArrayList<>();
        long id = 0;
        for (int s = 0; s < suppliers; s++) {
            String gstin = String.format("27AAAAA%04dA1Z5", s % 10_000) + s / 10_000;
            for (int i = 0; i < 10; i++) {
                books.add(doc(++id, gstin, "INV", "N-" + i, MAY_3.plusDays(i), "100.00", "9.00", "9.00"));
                portal.add(doc(1_000_000 + id, gstin, "INV", "N/" + i, MAY_3.plusDays(i), "100.00", "9.00", "9.00"));
            }
        }
        var pairs = engine.reconcile(books, portal, List.of());

        assertThat(pairs.stream().collect(java.util.stream.Collectors.groupingBy(ReconPair::outcome,
                java.util.stream.Collectors.counting()))).isEqualTo(java.util.Map.of(ReconOutcome.SUGGESTED_MATCH, suppliers * 10L));
        assertThat(pairs).allSatisfy(p -> assertThat(p.portal().id() - 1_000_000).isEqualTo(p.book().id()));
    }
}

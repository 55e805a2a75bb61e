package dev.lekha.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.PrecedingDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.domain.invoice.InvalidSalesDocumentException.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesDocumentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String SUPPLIER = "27AAACL1234C1Z5";
    // GST 2.0 slabs from 22 Sep 2025 (Notification 9/2025-Central Tax (Rate)): no 12%
    private static final Set<String> RATES = Set.of("0", "0.1", "0.25", "3", "5", "18", "28", "40");
    private static final SalesDocumentRules.Context STRICT = new SalesDocumentRules.Context(false, StateCode.of("27"),
            SUPPLIER, TODAY, (rate, date) -> RATES.contains(rate.stripTrailingZeros().toPlainString()),
            "0, 0.1, 0.25, 3, 5, 18, 28, 40");
    private static final SalesDocumentRules.Context SANDBOX = new SalesDocumentRules.Context(true, StateCode.of("27"),
            SUPPLIER, TODAY, STRICT.gstRateOn(), STRICT.ratesHint());

    @Test
    void aValidIntraStateInvoicePasses() {
        assertThat(SalesDocumentRules.check(b2b("MH/2627/0001", "27AABCS9876K1ZK", "27",
                goods(1, "10", "100.00", "0", "1000.00", "18", "0", "90.00", "90.00")), STRICT)).isEmpty();
    }

    @Test
    void documentNumbersFollowTheIrpRule() {
        for (String ok : List.of("1", "A", "MH/2627/0001", "INV-16-chars-abc", "z9")) {
            assertThat(problems(b2b(ok, "29AAFCK4321M1ZA", "29", interLine()), STRICT)).as(ok).isEmpty();
        }
        for (String bad : List.of("0001", "/1", "-1", "INV 1", "INV_1", "ABCDEFGHIJKLMNOPQ")) {
            assertThat(problems(b2b(bad, "29AAFCK4321M1ZA", "29", interLine()), STRICT)).as(bad)
                    .containsExactly("documentNumber");
        }
    }

    @Test
    void sandboxCompaniesAcceptNicTestGstinsOthersDoNot() {
        IncomingSalesDocument doc = b2b("S/1", "29AWGPV7107B1Z1", "29", interLine());
        assertThat(SalesDocumentRules.check(doc, SANDBOX)).isEmpty();
        // 29AWGPV7107B1Z by hand: terms 2,18,10,29,16,15,31,14,1,0,7,22,1,35 sum 201; 201 % 36 = 21; 36 - 21 = 15 -> 'F'
        assertThat(SalesDocumentRules.check(doc, STRICT)).singleElement().isEqualTo(new Problem("S/1", null, "buyer.gstin",
                "GSTIN '29AWGPV7107B1Z1' has check character '1' but its first 14 characters give 'F': the GSTIN is mistyped"));
    }

    @Test
    void b2bNeedsABuyerGstinAndB2cMustNotHaveOne() {
        IncomingSalesDocument noGstin = new IncomingSalesDocument(null, "INV", "N/1", TODAY, SUPPLIER, "B2B", false, "29",
                new Buyer(null, "Someone", "29", null, null, null, null), null, List.of(interLine()), null);
        assertThat(SalesDocumentRules.check(noGstin, STRICT)).extracting(Problem::field, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("buyer.gstin",
                        "missing: a B2B document needs the buyer's GSTIN (use B2C for unregistered buyers)"));
        IncomingSalesDocument b2cWithGstin = new IncomingSalesDocument(null, "INV", "N/2", TODAY, SUPPLIER, "B2C", false, "29",
                new Buyer("29AAFCK4321M1ZA", "Someone", "29", null, null, null, null), null, List.of(interLine()), null);
        assertThat(problems(b2cWithGstin, STRICT)).containsExactly("buyer.gstin");
        IncomingSalesDocument ownGstin = b2b("N/3", SUPPLIER, "27", goods(1, "10", "100.00", "0", "1000.00", "18", "0", "90.00", "90.00"));
        assertThat(problems(ownGstin, STRICT)).containsExactly("buyer.gstin");
        IncomingSalesDocument stateMismatch = new IncomingSalesDocument(null, "INV", "N/4", TODAY, SUPPLIER, "B2B", false,
                "29", new Buyer("29AAFCK4321M1ZA", "Kaveri", "33", null, null, null, null), null, List.of(interLine()), null);
        assertThat(problems(stateMismatch, STRICT)).containsExactly("buyer.stateCode");
    }

    @Test
    void exportsNeedPlaceOfSupply96AndAcceptUrpBuyersWithoutTaxWhenUnderBond() {
        Buyer foreign = new Buyer("URP", "Colombo Trading", "96", "Colombo", null, null, null);
        // EXPWOP: no tax at all, although inter-state
        IncomingSalesDocument underBond = new IncomingSalesDocument(null, "INV", "E/1", TODAY, SUPPLIER, "EXPWOP", false,
                "96", foreign, null, List.of(goods(1, "10", "100.00", "0", "1000.00", "18", "0", "0", "0")), null);
        assertThat(SalesDocumentRules.check(underBond, STRICT)).isEmpty();
        IncomingSalesDocument taxedUnderBond = new IncomingSalesDocument(null, "INV", "E/2", TODAY, SUPPLIER, "EXPWOP", false,
                "96", foreign, null, List.of(interLine()), null);
        assertThat(SalesDocumentRules.check(taxedUnderBond, STRICT)).singleElement().isEqualTo(new Problem("E/2", 1,
                "lines[0].igst", "expected IGST 0.00, CGST 0.00, SGST 0.00 for inter-state supply 27→96 (EXPWOP) at 18%"
                        + " without payment of tax; got IGST 180.00, CGST 0.00, SGST 0.00"));
        IncomingSalesDocument withPayment = new IncomingSalesDocument(null, "INV", "E/3", TODAY, SUPPLIER, "EXPWP", false,
                "27", foreign, null, List.of(interLine()), null);
        assertThat(SalesDocumentRules.check(withPayment, STRICT)).extracting(Problem::field, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("placeOfSupply",
                        "is 27 but an export (EXPWP) has place of supply 96 (foreign country)"));
    }

    @Test
    void sezSuppliesTakeIgstEvenWithinTheState() {
        IncomingSalesDocument sez = new IncomingSalesDocument(null, "INV", "Z/1", TODAY, SUPPLIER, "SEZWP", false, "27",
                new Buyer("27AABCS9876K1ZK", "Sahyadri SEZ unit", "27", null, null, null, null), null,
                List.of(goods(1, "10", "100.00", "0", "1000.00", "18", "0", "90.00", "90.00")), null);
        assertThat(SalesDocumentRules.check(sez, STRICT)).singleElement().extracting(Problem::message).isEqualTo(
                "expected IGST 180.00, CGST 0.00, SGST 0.00 for inter-state supply 27→27 (SEZWP) at 18%;"
                        + " got IGST 0.00, CGST 90.00, SGST 90.00");
    }

    @Test
    void notesNeedThePrecedingInvoice() {
        IncomingSalesDocument crn = new IncomingSalesDocument(null, "CRN", "CN/1", TODAY, SUPPLIER, "B2B", false, "29",
                new Buyer("29AAFCK4321M1ZA", "Kaveri", "29", null, null, null, null), null, List.of(interLine()), null);
        assertThat(problems(crn, STRICT)).containsExactly("precedingDocument.number", "precedingDocument.date");
        IncomingSalesDocument later = new IncomingSalesDocument(null, "DBN", "DN/1", TODAY.minusDays(1), SUPPLIER, "B2B", false,
                "29", new Buyer("29AAFCK4321M1ZA", "Kaveri", "29", null, null, null, null),
                new PrecedingDocument("MH/2627/0001", TODAY), List.of(interLine()), null);
        assertThat(problems(later, STRICT)).containsExactly("precedingDocument.date");
    }

    @Test
    void linesAreCheckedFieldByField() {
        IncomingSalesDocument doc = b2b("L/1", "29AAFCK4321M1ZA", "29",
                // SAC on a goods line
                new Line(1, "Consulting", "998313", false, BigDecimal.ONE, "OTH", new BigDecimal("100.00"), null,
                        new BigDecimal("100.00"), new BigDecimal("18"), new BigDecimal("18.00"), null, null, null),
                // service with an HSN
                new Line(2, "Bottle", "73239390", true, BigDecimal.ONE, "NOS", new BigDecimal("100.00"), null,
                        new BigDecimal("100.00"), new BigDecimal("18"), new BigDecimal("18.00"), null, null, null),
                // 12% after GST 2.0, 7-digit HSN, lower-case UQC
                new Line(3, "Thing", "7323939", false, BigDecimal.ONE, "nos", new BigDecimal("100.00"), null,
                        new BigDecimal("100.00"), new BigDecimal("12"), new BigDecimal("12.00"), null, null, null),
                // taxable value that is not qty x price - discount
                new Line(4, "Bulb", "85395000", false, new BigDecimal("3"), "NOS", new BigDecimal("89.50"),
                        new BigDecimal("10.00"), new BigDecimal("268.50"), new BigDecimal("18"), new BigDecimal("46.53"),
                        null, null, null),
                // duplicate line number, negative quantity
                new Line(4, "Bulb", "85395000", false, new BigDecimal("-1"), "NOS", new BigDecimal("89.50"),
                        null, new BigDecimal("89.50"), new BigDecimal("18"), new BigDecimal("16.11"), null, null, null));
        List<Problem> problems = SalesDocumentRules.check(doc, STRICT);
        assertThat(problems).extracting(Problem::field).containsExactly("lines[0].hsn", "lines[1].hsn", "lines[2].hsn",
                "lines[2].uqc", "lines[2].gstRate", "lines[3].taxableValue", "lines[4].lineNo", "lines[4].quantity");
        assertThat(problems.get(4).message()).isEqualTo(
                "12% is not a GST rate on " + TODAY + "; rates in force then: 0, 0.1, 0.25, 3, 5, 18, 28, 40");
        assertThat(problems.get(5)).isEqualTo(new Problem("L/1", 4, "lines[3].taxableValue",
                "is 268.50 but quantity 3 × unit price 89.50 − discount 10.00 = 258.50"));
    }

    @Test
    void lineTaxesMayDifferByAPaisaFromTheAllocationButTotalsMustAddUp() {
        // 3 x 33.33 at 28% inter-state: allocation 9.34 + 9.33 + 9.33 = 28.00; an ERP rounding per line sends
        // 9.33 three times (27.99), which is within a paisa per line and accepted
        Line l1 = goods(1, "1", "33.33", "0", "33.33", "28", "9.33", "0", "0");
        Line l2 = goods(2, "1", "33.33", "0", "33.33", "28", "9.33", "0", "0");
        Line l3 = goods(3, "1", "33.33", "0", "33.33", "28", "9.33", "0", "0");
        Totals right = new Totals(new BigDecimal("99.99"), new BigDecimal("27.99"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.02"), new BigDecimal("128.00"));
        IncomingSalesDocument doc = new IncomingSalesDocument(null, "INV", "R/1", TODAY, SUPPLIER, "B2B", false, "29",
                new Buyer("29AAFCK4321M1ZA", "Kaveri", "29", null, null, null, null), null, List.of(l1, l2, l3), right);
        assertThat(SalesDocumentRules.check(doc, STRICT)).isEmpty();
        Totals wrong = new Totals(new BigDecimal("99.99"), new BigDecimal("28.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1.00"), new BigDecimal("128.00"));
        IncomingSalesDocument badTotals = new IncomingSalesDocument(null, "INV", "R/2", TODAY, SUPPLIER, "B2B", false, "29",
                doc.buyer(), null, List.of(l1, l2, l3), wrong);
        assertThat(SalesDocumentRules.check(badTotals, STRICT)).extracting(Problem::field, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("totals.igst", "is 28.00 but the lines add up to 27.99"),
                org.assertj.core.groups.Tuple.tuple("totals.roundOff", "1.00 must be less than one rupee either way"),
                org.assertj.core.groups.Tuple.tuple("totals.total",
                        "is 128.00 but taxable value + taxes + other charges + round-off = 128.99"));
        // two paise off on a line is not a rounding difference
        Line off = goods(1, "1", "33.33", "0", "33.33", "28", "9.36", "0", "0");
        assertThat(problems(new IncomingSalesDocument(null, "INV", "R/3", TODAY, SUPPLIER, "B2B", false, "29", doc.buyer(),
                null, List.of(off), null), STRICT)).containsExactly("lines[0].igst");
    }

    @Test
    void headerFieldsMissingOrWrong() {
        IncomingSalesDocument doc = new IncomingSalesDocument(null, "INVOICE", null, null, SUPPLIER, "B2X", false, "40",
                null, null, List.of(), null);
        assertThat(SalesDocumentRules.check(doc, STRICT)).extracting(Problem::field).containsExactly("documentType",
                "documentNumber", "documentDate", "supplyType", "placeOfSupply", "lines");
        IncomingSalesDocument old = b2b("O/1", "29AAFCK4321M1ZA", "29", interLine());
        IncomingSalesDocument beforeGst = new IncomingSalesDocument(null, "INV", "O/1", LocalDate.of(2017, 6, 30), SUPPLIER,
                "B2B", false, "29", old.buyer(), null, old.lines(), null);
        assertThat(SalesDocumentRules.check(beforeGst, STRICT)).extracting(Problem::message)
                .containsExactly("2017-06-30 is before GST began on 2017-07-01");
    }

    private static List<String> problems(IncomingSalesDocument doc, SalesDocumentRules.Context ctx) {
        return SalesDocumentRules.check(doc, ctx).stream().map(Problem::field).toList();
    }

    private static IncomingSalesDocument b2b(String number, String buyerGstin, String pos, Line... lines) {
        return new IncomingSalesDocument(null, "INV", number, TODAY, SUPPLIER, "B2B", false, pos,
                new Buyer(buyerGstin, "Buyer Private Limited", buyerGstin.substring(0, 2), null, null, null, null), null,
                List.of(lines), null);
    }

    /** 10 x 100.00 at 18%, inter-state: IGST 180.00. */
    private static Line interLine() {
        return goods(1, "10", "100.00", "0", "1000.00", "18", "180.00", "0", "0");
    }

    private static Line goods(int no, String qty, String price, String discount, String taxable, String rate, String igst,
                              String cgst, String sgst) {
        return new Line(no, "Goods", "73239390", false, new BigDecimal(qty), "NOS", new BigDecimal(price),
                new BigDecimal(discount), new BigDecimal(taxable), new BigDecimal(rate), new BigDecimal(igst),
                new BigDecimal(cgst), new BigDecimal(sgst), BigDecimal.ZERO);
    }
}

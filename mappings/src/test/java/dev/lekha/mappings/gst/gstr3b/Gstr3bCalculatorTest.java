package dev.lekha.mappings.gst.gstr3b;

import static dev.lekha.mappings.gst.gstr3b.HandWorkedPeriod.out;
import static dev.lekha.mappings.gst.gstr3b.HandWorkedPeriod.tax;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.DocumentType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class Gstr3bCalculatorTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * The hand-worked November 2026 ({@link HandWorkedPeriod}) gives exactly the JSON written by hand.
     *
     * <pre>
     * 3.1(a) txval 100000 + 50000 + 20000 − 5000 (CRN) + 10000 + 30000 + 8000 + 2000 (DBN) + 25000 (RCM, value only) = 240000.00
     *        IGST 9000 + 3600 − 900 + 1800 + 5400 + 1440 = 20340.00; CGST = SGST = 9000 + 180 = 9180.00
     * 3.1(b) txval 200000 (export under LUT) + 40000 (SEZ with IGST) = 240000.00; IGST 7200.00
     * 3.1(c) 15000 (nil) + 5000 (exempt) = 20000.00;  3.1(e) 12000.00
     * 3.1(d) txval 10000 + 20000 − 2000 (supplier's CRN) = 28000.00; IGST 3600 − 360 = 3240.00; CGST = SGST = 900.00
     * 3.1.1(i)  operator is us: txval 4000 + 3000 = 7000.00; IGST 150.00; CGST = SGST = 200.00
     * 3.1.1(ii) through another operator paying u/s 9(5): 6000.00 (not in 3.1(a))
     * 3.2 unregistered: 07 → 10000.00 / 1800.00; 29 → 50000 + 20000 − 5000 + 3000 (3.1.1(i)) = 68000.00 /
     *     9000 + 3600 − 900 + 150 = 11850.00; composition: 24 → 30000.00 / 5400.00; UIN: 07 → 8000.00 / 1440.00
     * 4A IGST 1000 + 500 + 3240 + 0 + 8000 = 12740; CGST 900 + 100 + 4500 = 5500; SGST 5500
     * 4B IGST 200; CGST 300; SGST 300 → 4C IGST 12540.00; CGST 5200.00; SGST 5200.00
     * 5  GST: inter 3000 (nil, supplier in 29); intra 7000 (exempt) + 4500 (composition supplier) = 11500.00;
     *    non-GST: inter 2500 (supplier in 24); intra 1500
     * 5.1 cash: output tax IGST 20340 + 7200 = 27540 less IGST credit 12540 = 15000; CGST 9180 − 5200 = 3980;
     *     SGST 3980; plus cash-only 3.1(d) + 3.1.1(i): IGST 3240 + 150, CGST/SGST 900 + 200
     *     → IGST 18390, CGST 5080, SGST 5080. Due 20-12-2026, filed 30-12-2026: 10 days.
     *     Interest (s.50(1), 18% p.a.): 18390 × 18% × 10/365 = 90.6904 → 90.69; 5080 × 18% × 10/365 = 25.0520 → 25.05
     *     Late fee (Notification 76/2018-CT): 10 days × Rs 25 = 250.00 per Act, under the Rs 2,500 cap for an
     *     aggregate turnover of Rs 2 crore (Notification 19/2021-CT)
     * </pre>
     */
    @Test
    void handWorkedPeriodGivesExactlyTheExpectedPortalJson() throws Exception {
        // given
        Gstr3bCalculator.Inputs inputs = HandWorkedPeriod.inputs();

        // when
        Gstr3bComputation computation = Gstr3bCalculator.compute(inputs);
        byte[] json = Gstr3bJson.write(computation.gstr3b());

        // then: same tree, same field order, every amount with two decimals
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/gst/gstr3b/gstr3b-27AAPFU0939F1ZV-112026.json")) {
            expected = MAPPER.readTree(in);
        }
        assertThat(Gstr3bJson.toText(json)).isEqualTo(MAPPER.writeValueAsString(expected));
        assertThat(computation.lateFiling().daysLate()).isEqualTo(10);
        assertThat(computation.lateFiling().cashTax()).isEqualTo(tax("18390.00", "5080.00", "5080.00"));
        assertThat(computation.lateFiling().nilReturn()).isFalse();
        assertThat(computation.lateFiling().lateFeeCapPerAct()).isEqualByComparingTo("2500");
    }

    @Test
    void interStateSuppliesAreGroupedByPlaceOfSupplyInStateCodeOrderAndIntraStateOnesLeftOut() {
        // given: unregistered buyers in 33, 06 (twice, one credit note), 27 (our own state), and a row netting to zero
        List<OutwardSupplyTotals> rows = List.of(
                out(DocumentType.INV, SupplyType.B2C, TaxCategory.TAXABLE, "33", false, RecipientClass.UNREGISTERED,
                        null, "1000.00", tax("180", "0", "0")),
                out(DocumentType.INV, SupplyType.B2C, TaxCategory.TAXABLE, "06", false, RecipientClass.UNREGISTERED,
                        null, "2000.50", tax("360.09", "0", "0")),
                out(DocumentType.CRN, SupplyType.B2C, TaxCategory.TAXABLE, "06", false, RecipientClass.UNREGISTERED,
                        null, "500.25", tax("90.05", "0", "0")),
                out(DocumentType.INV, SupplyType.B2C, TaxCategory.TAXABLE, "27", false, RecipientClass.UNREGISTERED,
                        null, "700.00", tax("0", "63", "63")),
                out(DocumentType.INV, SupplyType.B2C, TaxCategory.TAXABLE, "09", false, RecipientClass.UNREGISTERED,
                        null, "100.00", tax("18", "0", "0")),
                out(DocumentType.CRN, SupplyType.B2C, TaxCategory.TAXABLE, "09", false, RecipientClass.UNREGISTERED,
                        null, "100.00", tax("18", "0", "0")),
                // nil-rated inter-state supply: not in 3.1(a), so not in 3.2
                out(DocumentType.INV, SupplyType.B2C, TaxCategory.NIL, "10", false, RecipientClass.UNREGISTERED,
                        null, "400.00", tax("0", "0", "0")),
                // registered buyer: never in 3.2
                out(DocumentType.INV, SupplyType.B2B, TaxCategory.TAXABLE, "29", false, RecipientClass.REGISTERED,
                        null, "900.00", tax("162", "0", "0")));

        // when
        Gstr3bReturn r = Gstr3bCalculator.compute(new Gstr3bCalculator.Inputs(HandWorkedPeriod.GSTIN,
                HandWorkedPeriod.PERIOD, rows, List.of(), List.of(), ItcAvailability.NONE, null, null,
                HandWorkedPeriod.RULES))
                .gstr3b();

        // then: 06 → 2000.50 − 500.25 = 1500.25 / 360.09 − 90.05 = 270.04; 09 nets to zero and is dropped; 33 as is
        assertThat(r.interState().unregistered()).containsExactly(
                new PlaceOfSupplyValue("06", new BigDecimal("1500.25"), new BigDecimal("270.04")),
                new PlaceOfSupplyValue("33", new BigDecimal("1000.00"), new BigDecimal("180.00")));
        assertThat(r.interState().composition()).isEmpty();
        assertThat(r.interState().uinHolders()).isEmpty();
        // and no filing date: nothing charged
        assertThat(r.interestAndLateFee()).isEqualTo(Gstr3bReturn.InterestAndLateFee.NONE);
    }

    @Test
    void advancesReceivedAddTo3_1aAndAdvancesAdjustedTakeItBack() {
        // given: an invoice of 10,000 + CGST/SGST 900 each; an advance of 5,000 received (CGST/SGST 450 each);
        // an earlier advance of 2,000 (CGST/SGST 180 each) adjusted against this period's invoice
        List<OutwardSupplyTotals> sales = List.of(out(DocumentType.INV, SupplyType.B2B, TaxCategory.TAXABLE, "27",
                false, RecipientClass.REGISTERED, null, "10000.00", tax("0", "900", "900")));
        List<AdvanceTotals> advances = List.of(
                new AdvanceTotals(AdvanceTotals.Kind.RECEIVED, "27", new BigDecimal("5000.00"), tax("0", "450", "450")),
                new AdvanceTotals(AdvanceTotals.Kind.ADJUSTED, "27", new BigDecimal("2000.00"), tax("0", "180", "180")));

        // when
        Gstr3bReturn r = Gstr3bCalculator.compute(new Gstr3bCalculator.Inputs(HandWorkedPeriod.GSTIN,
                HandWorkedPeriod.PERIOD, sales, List.of(), advances, ItcAvailability.NONE, null, null,
                HandWorkedPeriod.RULES)).gstr3b();

        // then: 10000 + 5000 − 2000 = 13000.00; CGST = SGST 900 + 450 − 180 = 1170.00
        assertThat(r.outward().taxable()).isEqualTo(new SupplyValue(new BigDecimal("13000.00"),
                tax("0", "1170.00", "1170.00")));
    }

    @Test
    void aPeriodWithNothingInItIsANilReturnWithEmptyTables() {
        // when: filed 5 days late, nothing to report
        Gstr3bComputation c = Gstr3bCalculator.compute(new Gstr3bCalculator.Inputs(HandWorkedPeriod.GSTIN,
                HandWorkedPeriod.PERIOD, List.of(), List.of(), List.of(), ItcAvailability.NONE,
                java.time.LocalDate.of(2026, 12, 25), null, HandWorkedPeriod.RULES));

        // then: nil-return late fee 5 × Rs 10 = 50.00 per Act (Notification 76/2018-CT), no interest
        assertThat(c.gstr3b().outward()).isEqualTo(Gstr3bReturn.OutwardSupplies.NONE);
        assertThat(c.lateFiling().nilReturn()).isTrue();
        assertThat(c.gstr3b().interestAndLateFee().lateFee()).isEqualTo(tax("0.00", "50.00", "50.00"));
        assertThat(c.gstr3b().interestAndLateFee().interest()).isEqualTo(tax("0", "0", "0"));
    }
}

package dev.lekha.mappings.gst.offset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.mappings.gst.offset.LiabilityOffset.Payment;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Set-off order of CGST Act s.49(5), s.49A and rule 88A, worked by hand. */
class LiabilityOffsetTest {

    @Test
    void igstCreditFirstCoversIgstThenTheHeadWhoseOwnCreditFallsShort() {
        // liability IGST 10,000, CGST 5,000, SGST 5,000; credit IGST 12,000, CGST 1,000, SGST 4,000
        // 1. IGST credit -> IGST 10,000 (2,000 left)
        // 2. CGST's own credit falls 4,000 short, SGST's 1,000: IGST's 2,000 goes to CGST
        // 3. CGST credit 1,000 -> CGST (2,000 CGST left); 4. SGST credit 4,000 -> SGST (1,000 SGST left)
        // cash CGST 2,000 + SGST 1,000 = 3,000, which is the least possible: 20,000 owed - 17,000 of usable credit
        Payment p = LiabilityOffset.pay(heads("10000", "5000", "5000", "0"), TaxHeads.ZERO,
                heads("12000", "1000", "4000", "0"), TaxHeads.ZERO, TaxHeads.ZERO);

        assertThat(p.igstForIgst()).isEqualByComparingTo("10000");
        assertThat(p.igstForCgst()).isEqualByComparingTo("2000");
        assertThat(p.igstForSgst()).isEqualByComparingTo("0");
        assertThat(p.cgstForCgst()).isEqualByComparingTo("1000");
        assertThat(p.sgstForSgst()).isEqualByComparingTo("4000");
        assertThat(p.cashTax()).isEqualTo(heads("0.00", "2000.00", "1000.00", "0.00"));
        assertThat(p.totalCash()).isEqualByComparingTo("3000");
        assertThat(p.creditLeft().total()).isEqualByComparingTo("0");
    }

    @Test
    void igstCreditIsUsedUpBeforeCgstAndSgstCreditAndTheirCreditIsCarriedForward() {
        // liability CGST 3,000, SGST 3,000; credit IGST 5,000, CGST 3,000, SGST 3,000
        // s.49A: IGST credit first. Own credits cover both heads, so no head falls short; the 5,000 still goes:
        // 3,000 to CGST, 2,000 to SGST; then SGST credit pays the last 1,000 SGST.
        // carried forward: CGST 3,000, SGST 2,000
        Payment p = LiabilityOffset.pay(heads("0", "3000", "3000", "0"), TaxHeads.ZERO,
                heads("5000", "3000", "3000", "0"), TaxHeads.ZERO, TaxHeads.ZERO);

        assertThat(p.igstForCgst()).isEqualByComparingTo("3000");
        assertThat(p.igstForSgst()).isEqualByComparingTo("2000");
        assertThat(p.cgstForCgst()).isEqualByComparingTo("0");
        assertThat(p.sgstForSgst()).isEqualByComparingTo("1000");
        assertThat(p.creditLeft()).isEqualTo(heads("0.00", "3000.00", "2000.00", "0.00"));
        assertThat(p.totalCash()).isEqualByComparingTo("0");
    }

    @Test
    void cgstAndSgstCreditPayIgstAfterTheirOwnHeadButNeverEachOther() {
        // liability IGST 8,000, CGST 1,000, SGST 0; credit IGST 0, CGST 3,000, SGST 1,500
        // CGST credit: 1,000 to CGST, 2,000 to IGST; SGST credit: nothing owed as SGST, 1,500 to IGST
        // cash IGST 8,000 - 2,000 - 1,500 = 4,500
        Payment p = LiabilityOffset.pay(heads("8000", "1000", "0", "0"), TaxHeads.ZERO,
                heads("0", "3000", "1500", "0"), TaxHeads.ZERO, TaxHeads.ZERO);

        assertThat(p.cgstForCgst()).isEqualByComparingTo("1000");
        assertThat(p.cgstForIgst()).isEqualByComparingTo("2000");
        assertThat(p.sgstForIgst()).isEqualByComparingTo("1500");
        assertThat(p.cashTax()).isEqualTo(heads("4500.00", "0.00", "0.00", "0.00"));
    }

    @Test
    void reverseChargeInterestAndLateFeeArePaidInCashAndCessOnlyByCessCredit() {
        // forward IGST 1,000 and cess 500; reverse charge CGST 900 + SGST 900; credit IGST 5,000, cess 200;
        // interest IGST 49.32 (10,000 x 18% x 10/365); late fee CGST 250 + SGST 250
        Payment p = LiabilityOffset.pay(heads("1000", "0", "0", "500"), heads("0", "900", "900", "0"),
                heads("5000", "0", "0", "200"), heads("49.32", "0", "0", "0"), heads("0", "250", "250", "0"));

        assertThat(p.igstForIgst()).isEqualByComparingTo("1000");
        assertThat(p.cessForCess()).isEqualByComparingTo("200");
        assertThat(p.cashTax()).isEqualTo(heads("0.00", "900.00", "900.00", "300.00"));
        assertThat(p.creditLeft().igst()).as("reverse-charge tax is never paid from the credit ledger")
                .isEqualByComparingTo("4000");
        // 900 + 900 + 300 + 49.32 + 250 + 250
        assertThat(p.totalCash()).isEqualByComparingTo("2649.32");
    }

    @Test
    void readsTheLiabilityFromTheReturnsJsonAndWritesThePortalsOffsetPayload() {
        JsonMapper json = JsonMapper.builder().build();
        String gstr3b = """
                {"gstin":"27AAACL1234C1Z5","ret_period":"112026",
                 "sup_details":{"osup_det":{"txval":100000,"iamt":9000,"camt":4500,"samt":4500,"csamt":0},
                                "osup_zero":{"txval":50000,"iamt":1000,"csamt":0},
                                "isup_rev":{"txval":10000,"iamt":0,"camt":900,"samt":900,"csamt":0}},
                 "itc_elg":{"itc_net":{"iamt":12000,"camt":1000,"samt":4000,"csamt":0}},
                 "intr_ltfee":{"intr_details":{"iamt":0,"camt":0,"samt":0,"csamt":0},
                               "ltfee_details":{"camt":0,"samt":0}}}""";
        // forward: IGST 9,000 + 1,000 = 10,000, CGST 4,500, SGST 4,500; credit as in the first test but CGST/SGST
        // 4,500: IGST 2,000 left -> CGST short 3,500 gets 2,000; CGST credit 1,000; SGST credit 4,000 of 4,500
        // cash: CGST 1,500 + SGST 500 + reverse charge 900 + 900
        Payment p = LiabilityOffset.pay(json.readTree(gstr3b));
        String offset = json.writeValueAsString(LiabilityOffset.offsetJson(p, json));

        assertThat(offset).isEqualTo("{\"pdcash\":[{\"ipd\":0.00,\"cpd\":2400.00,\"spd\":1400.00,\"cspd\":0.00,"
                + "\"i_intrpd\":0.00,\"c_intrpd\":0.00,\"s_intrpd\":0.00,\"cs_intrpd\":0.00,\"c_lfeepd\":0.00,"
                + "\"s_lfeepd\":0.00}],\"pditc\":{\"i_pdi\":10000.00,\"i_pdc\":2000.00,\"i_pds\":0.00,\"c_pdi\":0.00,"
                + "\"c_pdc\":1000.00,\"s_pdi\":0.00,\"s_pds\":4000.00,\"cs_pdcs\":0.00}}");
    }

    private static TaxHeads heads(String igst, String cgst, String sgst, String cess) {
        return new TaxHeads(new BigDecimal(igst), new BigDecimal(cgst), new BigDecimal(sgst), new BigDecimal(cess));
    }
}

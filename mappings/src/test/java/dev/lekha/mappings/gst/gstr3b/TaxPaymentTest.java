package dev.lekha.mappings.gst.gstr3b;

import static dev.lekha.mappings.gst.gstr3b.HandWorkedPeriod.tax;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Set-off order of section 49(5), section 49A and rule 88A of the CGST Rules. */
class TaxPaymentTest {

    @Test
    void igstCreditPaysIgstThenCgstThenSgst() {
        // IGST credit 1,500 against IGST 1,000: 500 left → CGST 300 paid, then SGST 300 less the last 200 = 100
        TaxHeads cash = TaxPayment.cash(tax("1000", "300", "300"), TaxHeads.ZERO, tax("1500", "0", "0"));

        assertThat(cash).isEqualTo(tax("0", "0", "100"));
    }

    @Test
    void cgstAndSgstCreditPayIgstButNeverEachOther() {
        // IGST 1,000 with no IGST credit: CGST credit 600 pays 600 of it, SGST credit 500 pays the other 400
        // (100 SGST credit left over); SGST 0 and CGST 0 need nothing
        TaxHeads cash = TaxPayment.cash(tax("1000", "0", "0"), TaxHeads.ZERO, tax("0", "600", "500"));
        assertThat(cash).isEqualTo(tax("0", "0", "0"));

        // CGST 800 with only SGST credit 1,000: the SGST credit cannot pay CGST
        assertThat(TaxPayment.cash(tax("0", "800", "0"), TaxHeads.ZERO, tax("0", "0", "1000")))
                .isEqualTo(tax("0", "800", "0"));
    }

    @Test
    void reverseChargeAndSection9_5TaxIsPaidInCashWhateverTheCredit() {
        TaxHeads cash = TaxPayment.cash(TaxHeads.ZERO, tax("180", "45", "45"), tax("10000", "10000", "10000"));

        assertThat(cash).isEqualTo(tax("180", "45", "45"));
    }

    @Test
    void cessCreditPaysOnlyCessAndANegativeNetCreditAddsTax() {
        TaxHeads output = new TaxHeads(new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50"));
        TaxHeads credit = new TaxHeads(new BigDecimal("-20"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("80"));

        // IGST 100 + 20 (4C negative) = 120 in cash; cess 50 paid by cess credit (30 unused, never for IGST)
        assertThat(TaxPayment.cash(output, TaxHeads.ZERO, credit))
                .isEqualTo(new TaxHeads(new BigDecimal("120"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}

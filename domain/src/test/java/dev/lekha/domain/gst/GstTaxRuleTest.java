package dev.lekha.domain.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.gst.GstTaxRule.DocumentTax;
import dev.lekha.domain.gst.GstTaxRule.TaxableLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GstTaxRuleTest {

    private static final StateCode MH = StateCode.of("27");
    private static final StateCode KA = StateCode.of("29");
    private static final StateCode FOREIGN = StateCode.of("96");

    @Test
    void sameStateIsIntraStateOtherwiseInterState() {
        assertThat(GstTaxRule.jurisdiction(MH, MH, SupplyType.B2B)).isEqualTo(TaxJurisdiction.INTRA_STATE);
        assertThat(GstTaxRule.jurisdiction(MH, MH, SupplyType.B2C)).isEqualTo(TaxJurisdiction.INTRA_STATE);
        assertThat(GstTaxRule.jurisdiction(MH, KA, SupplyType.B2B)).isEqualTo(TaxJurisdiction.INTER_STATE);
        assertThat(GstTaxRule.jurisdiction(MH, KA, SupplyType.B2C)).isEqualTo(TaxJurisdiction.INTER_STATE);
    }

    @Test
    void sezAndExportsAreAlwaysInterState() {
        for (SupplyType type : List.of(SupplyType.SEZWP, SupplyType.SEZWOP, SupplyType.EXPWP, SupplyType.EXPWOP)) {
            assertThat(GstTaxRule.jurisdiction(MH, MH, type)).as(type.name()).isEqualTo(TaxJurisdiction.INTER_STATE);
        }
        assertThat(GstTaxRule.jurisdiction(MH, FOREIGN, SupplyType.EXPWP)).isEqualTo(TaxJurisdiction.INTER_STATE);
    }

    @Test
    void deemedExportsFollowTheStates() {
        assertThat(GstTaxRule.jurisdiction(MH, MH, SupplyType.DEXP)).isEqualTo(TaxJurisdiction.INTRA_STATE);
        assertThat(GstTaxRule.jurisdiction(MH, KA, SupplyType.DEXP)).isEqualTo(TaxJurisdiction.INTER_STATE);
    }

    @Test
    void taxOnOneAmount() {
        // 1000 x 18% = 180.00 IGST; intra-state 1000 x 9% = 90.00 each
        assertThat(GstTaxRule.tax(new BigDecimal("1000"), new BigDecimal("18"), TaxJurisdiction.INTER_STATE))
                .isEqualTo(new GstAmounts(new BigDecimal("180.00"), null, null));
        assertThat(GstTaxRule.tax(new BigDecimal("1000"), new BigDecimal("18"), TaxJurisdiction.INTRA_STATE))
                .hasToString("IGST 0.00, CGST 90.00, SGST 90.00");
        // 10.05 x 2.5% = 0.25125 -> 0.25 each (half computed separately, not 0.5025/2)
        assertThat(GstTaxRule.tax(new BigDecimal("10.05"), new BigDecimal("5"), TaxJurisdiction.INTRA_STATE))
                .hasToString("IGST 0.00, CGST 0.25, SGST 0.25");
        // 0.25% on 999.00 = 2.4975 -> 2.50
        assertThat(GstTaxRule.tax(new BigDecimal("999.00"), new BigDecimal("0.25"), TaxJurisdiction.INTER_STATE).igst())
                .hasToString("2.50");
    }

    @Test
    void allocatesTheDocumentResidueToTheLargestRemainders() {
        // 3 x 33.33 at 28% inter-state: document 99.99 x 28% = 27.9972 -> 28.00.
        // each line exactly 9.3324 -> floor 9.33 (sum 27.99); 1 paisa left, equal remainders -> first line.
        DocumentTax tax = GstTaxRule.documentTax(List.of(line("33.33", "28"), line("33.33", "28"), line("33.33", "28")),
                TaxJurisdiction.INTER_STATE);
        assertThat(tax.lines()).extracting(a -> a.igst().toPlainString()).containsExactly("9.34", "9.33", "9.33");
        assertThat(tax.total().igst()).hasToString("28.00");
    }

    @Test
    void threeLinesOf3333At18PercentIntraState() {
        // CGST per line 33.33 x 9% = 2.9997 -> floor 2.99; document 99.99 x 9% = 8.9991 -> 9.00;
        // 3 paise left -> one to each line: 3.00 each. Same for SGST. Total tax 18.00.
        DocumentTax tax = GstTaxRule.documentTax(List.of(line("33.33", "18"), line("33.33", "18"), line("33.33", "18")),
                TaxJurisdiction.INTRA_STATE);
        assertThat(tax.lines()).extracting(GstAmounts::toString)
                .containsOnly("IGST 0.00, CGST 3.00, SGST 3.00");
        assertThat(tax.total()).hasToString("IGST 0.00, CGST 9.00, SGST 9.00");
    }

    @Test
    void documentRoundingDiffersFromLineRoundingAndCgstSgstAreHalvesComputedSeparately() {
        // 3 x 10.05 at 5%: per line 0.5025 would round to 0.50 (1.50 in all), but the document's
        // IGST is 30.15 x 5% = 1.5075 -> 1.51; the extra paisa goes to line 1.
        List<TaxableLine> lines = List.of(line("10.05", "5"), line("10.05", "5"), line("10.05", "5"));
        DocumentTax inter = GstTaxRule.documentTax(lines, TaxJurisdiction.INTER_STATE);
        assertThat(inter.lines()).extracting(a -> a.igst().toPlainString()).containsExactly("0.51", "0.50", "0.50");
        assertThat(inter.total().igst()).hasToString("1.51");
        // intra-state: CGST = SGST = round(30.15 x 2.5%) = round(0.75375) = 0.75 each, so 1.50 in all
        DocumentTax intra = GstTaxRule.documentTax(lines, TaxJurisdiction.INTRA_STATE);
        assertThat(intra.total()).hasToString("IGST 0.00, CGST 0.75, SGST 0.75");
        assertThat(intra.lines()).extracting(GstAmounts::toString).containsOnly("IGST 0.00, CGST 0.25, SGST 0.25");
    }

    @Test
    void residueGoesToTheLargestFractionFirstAndRatesAreSeparate() {
        // 18%: 10.01 -> 1.8018 (floor 1.80, rem .0018), 10.03 -> 1.8054 (floor 1.80, rem .0054)
        //   document 20.04 x 18% = 3.6072 -> 3.61; 1 paisa left -> the 10.03 line (larger remainder).
        // 5%: 100.00 -> 5.00 exactly.
        DocumentTax tax = GstTaxRule.documentTax(List.of(line("10.01", "18"), line("100.00", "5"), line("10.03", "18.00")),
                TaxJurisdiction.INTER_STATE);
        assertThat(tax.lines()).extracting(a -> a.igst().toPlainString()).containsExactly("1.80", "5.00", "1.81");
        assertThat(tax.total().igst()).hasToString("8.61");
    }

    @Test
    void zeroRatedAndEmptyDocuments() {
        DocumentTax tax = GstTaxRule.documentTax(List.of(line("500.00", "0")), TaxJurisdiction.INTER_STATE);
        assertThat(tax.total()).isEqualTo(GstAmounts.NONE);
        assertThat(GstTaxRule.documentTax(List.of(), TaxJurisdiction.INTRA_STATE).lines()).isEmpty();
    }

    @Test
    void rejectsNegativeValues() {
        assertThatThrownBy(() -> GstTaxRule.tax(new BigDecimal("-1"), BigDecimal.TEN, TaxJurisdiction.INTER_STATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }

    private static TaxableLine line(String taxable, String rate) {
        return new TaxableLine(new BigDecimal(taxable), new BigDecimal(rate));
    }
}

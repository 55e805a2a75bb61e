package dev.lekha.mappings.incometax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Salary income tax for FY 2025-26. The rules below are the statute's figures (they reach the calculator as dated
 * data in the application): new regime per s.115BAC(1A) as amended by the Finance Act, 2025 (nil to 4L, 5% to 8L,
 * 10% to 12L, 15% to 16L, 20% to 20L, 25% to 24L, 30% above; standard deduction 75,000; s.87A rebate up to 60,000
 * for total income up to 12L, with marginal relief); old regime per the Finance Act, 2025, First Schedule Part III
 * (2.5L/5L/10L at 5/20/30%, standard deduction 50,000, rebate up to 12,500 for total income up to 5L); surcharge
 * 10/15/25/37% above 50L/1Cr/2Cr/5Cr (new regime capped at 25%); cess 4%. Every expected figure worked by hand.
 */
class IncomeTaxCalculatorTest {

    static final RegimeRules NEW_2025_26 = new RegimeRules(TaxRegime.NEW, rupees(75_000), List.of(
            slab(0, 400_000, "0"), slab(400_000, 800_000, "5"), slab(800_000, 1_200_000, "10"),
            slab(1_200_000, 1_600_000, "15"), slab(1_600_000, 2_000_000, "20"), slab(2_000_000, 2_400_000, "25"),
            new TaxSlab(rupees(2_400_000), null, new BigDecimal("30"))), false, rupees(1_200_000), rupees(60_000), true,
            List.of(band(5_000_000, "10"), band(10_000_000, "15"), band(20_000_000, "25")), new BigDecimal("4"));

    static final RegimeRules OLD_2025_26 = new RegimeRules(TaxRegime.OLD, rupees(50_000), List.of(
            slab(0, 250_000, "0"), slab(250_000, 500_000, "5"), slab(500_000, 1_000_000, "20"),
            new TaxSlab(rupees(1_000_000), null, new BigDecimal("30"))), true, rupees(500_000), rupees(12_500), false,
            List.of(band(5_000_000, "10"), band(10_000_000, "15"), band(20_000_000, "25"), band(50_000_000, "37")),
            new BigDecimal("4"));

    @Test
    void newRegimeSixteenLakhOfTaxableIncomeIsOneLakhTwentyThousandBeforeCess() {
        // 16,75,000 - 75,000 = 16,00,000: 4L x 5% + 4L x 10% + 4L x 15% = 20,000 + 40,000 + 60,000
        TaxComputation t = IncomeTaxCalculator.compute(NEW_2025_26, salary(1_675_000));
        assertThat(t.taxableIncome()).isEqualByComparingTo("1600000");
        assertThat(t.taxOnIncome()).isEqualByComparingTo("120000");
        assertThat(t.rebate87A()).isEqualByComparingTo("0");
        assertThat(t.cess()).isEqualByComparingTo("4800");
        assertThat(t.totalTax()).isEqualByComparingTo("124800");
        assertThat(t.slabs()).extracting(IncomeTaxCalculator.SlabTax::tax).map(BigDecimal::toPlainString)
                .containsExactly("0.00", "20000.00", "40000.00", "60000.00");
    }

    @Test
    void justAboveTwelveLakhTheTaxIsCappedAtTheIncomeAboveTwelveLakh() {
        // 12,10,000: slab tax 20,000 + 40,000 + 10,000 x 15% = 61,500; no rebate above 12L, but tax may not exceed
        // 12,10,000 - 12,00,000 = 10,000, so marginal relief 51,500; cess 400
        TaxComputation t = IncomeTaxCalculator.compute(NEW_2025_26, salary(1_285_000));
        assertThat(t.taxableIncome()).isEqualByComparingTo("1210000");
        assertThat(t.taxOnIncome()).isEqualByComparingTo("61500");
        assertThat(t.marginalRelief()).isEqualByComparingTo("51500");
        assertThat(t.cess()).isEqualByComparingTo("400");
        assertThat(t.totalTax()).isEqualByComparingTo("10400");
    }

    @Test
    void atTwelveLakhTheRebateTakesTheWholeTax() {
        TaxComputation t = IncomeTaxCalculator.compute(NEW_2025_26, salary(1_275_000));
        assertThat(t.taxOnIncome()).isEqualByComparingTo("60000");
        assertThat(t.rebate87A()).isEqualByComparingTo("60000");
        assertThat(t.totalTax()).isEqualByComparingTo("0");
    }

    @Test
    void oldRegimeSurchargeJustAboveFiftyLakhIsLimitedToTheIncomeAboveFiftyLakh() {
        // 50,60,000 - 50,000 = 50,10,000: 12,500 + 1,00,000 + 40,10,000 x 30% = 13,15,500; surcharge 10% = 1,31,550;
        // at 50L the tax is 13,12,500 with no surcharge, so tax + surcharge may not exceed 13,12,500 + 10,000 =
        // 13,22,500: relief 1,24,550, surcharge 7,000; cess 4% of 13,22,500 = 52,900
        TaxComputation t = IncomeTaxCalculator.compute(OLD_2025_26, salary(5_060_000));
        assertThat(t.taxableIncome()).isEqualByComparingTo("5010000");
        assertThat(t.taxOnIncome()).isEqualByComparingTo("1315500");
        assertThat(t.surcharge()).isEqualByComparingTo("7000");
        assertThat(t.marginalRelief()).isEqualByComparingTo("124550");
        assertThat(t.cess()).isEqualByComparingTo("52900");
        assertThat(t.totalTax()).isEqualByComparingTo("1375400");
    }

    @Test
    void oldRegimeRebateStopsAtFiveLakhWithoutRelief() {
        // 5,00,000: tax 12,500, rebate 12,500
        assertThat(IncomeTaxCalculator.compute(OLD_2025_26, salary(550_000)).totalTax()).isEqualByComparingTo("0");
        // 5,00,010: tax 12,500 + 10 x 20% = 12,502, no rebate and no relief in the old regime; cess 500.08;
        // 13,002.08 -> 13,000 (s.288B)
        TaxComputation t = IncomeTaxCalculator.compute(OLD_2025_26, salary(550_010));
        assertThat(t.taxOnIncome()).isEqualByComparingTo("12502");
        assertThat(t.rebate87A()).isEqualByComparingTo("0");
        assertThat(t.totalTax()).isEqualByComparingTo("13000");
    }

    @Test
    void deductionsAndHraCountOnlyInTheOldRegime() {
        // gross 16,75,000 with 80C 1,50,000 + 80D 25,000 and HRA exempt 1,00,000:
        // old: 16,75,000 - 1,00,000 - 50,000 - 1,75,000 = 13,50,000: 12,500 + 1,00,000 + 3,50,000 x 30% = 2,17,500;
        // cess 8,700; total 2,26,200. New ignores them: 1,24,800 (first test), the better of the two.
        TaxInput in = new TaxInput(rupees(1_675_000), BigDecimal.ZERO, rupees(175_000), rupees(100_000));
        TaxComputation old = IncomeTaxCalculator.compute(OLD_2025_26, in);
        assertThat(old.taxableIncome()).isEqualByComparingTo("1350000");
        assertThat(old.taxOnIncome()).isEqualByComparingTo("217500");
        assertThat(old.totalTax()).isEqualByComparingTo("226200");
        assertThat(IncomeTaxCalculator.compute(NEW_2025_26, in).totalTax()).isEqualByComparingTo("124800");
    }

    @Test
    void taxableIncomeIsRoundedToTheNearestTenRupees() {
        // 16,75,004 - 75,000 = 16,00,004 -> 16,00,000; 16,75,005 -> 16,00,010 (s.288A)
        assertThat(IncomeTaxCalculator.compute(NEW_2025_26, salary(1_675_004)).taxableIncome()).isEqualByComparingTo("1600000");
        assertThat(IncomeTaxCalculator.compute(NEW_2025_26, salary(1_675_005)).taxableIncome()).isEqualByComparingTo("1600010");
    }

    @Test
    void badRulesAndInputAreRefused() {
        assertThatThrownBy(() -> new RegimeRules(TaxRegime.NEW, rupees(0), List.of(slab(0, 100, "0"),
                slab(200, 300, "5")), false, rupees(0), rupees(0), false, List.of(), BigDecimal.ZERO))
                .hasMessage("NEW: slab 2 does not start where slab 1 ends");
        assertThatThrownBy(() -> new TaxInput(rupees(-1), null, null, null))
                .hasMessage("grossSalary must not be negative, was -1");
    }

    private static TaxInput salary(long gross) {
        return new TaxInput(rupees(gross), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static TaxSlab slab(long from, long to, String rate) {
        return new TaxSlab(rupees(from), rupees(to), new BigDecimal(rate));
    }

    private static SurchargeBand band(long above, String rate) {
        return new SurchargeBand(rupees(above), new BigDecimal(rate));
    }

    private static BigDecimal rupees(long amount) {
        return BigDecimal.valueOf(amount);
    }
}

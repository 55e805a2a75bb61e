package dev.lekha.mappings.incometax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * TDS on salary by projecting the year, FY 2025-26 new regime (rules as in {@link IncomeTaxCalculatorTest}). An
 * employee earns 1,50,000 a month; in October (6 months remaining including October) a bonus of 3,00,000 is paid.
 * Every figure worked by hand:
 *
 * <ul>
 *   <li>without bonus the year is 18,00,000: taxable 17,25,000; tax 20,000 + 40,000 + 60,000 + 1,25,000 x 20% =
 *       1,45,000; cess 5,800; total 1,50,800; April to September each 1,50,800 / 12 = 12,566.67 -> 12,567, so
 *       75,402 deducted by October;</li>
 *   <li>with bonus the year is 21,00,000: taxable 20,25,000; tax 1,20,000 + 80,000 + 25,000 x 25% = 2,06,250; cess
 *       8,250; total 2,14,500.</li>
 * </ul>
 */
class SalaryTdsProjectionTest {

    static final BigDecimal MONTHLY = new BigDecimal("150000");

    @Test
    void aprilSpreadsTheYearsTaxOverTwelveMonths() {
        TdsProjection p = SalaryTdsProjection.forMonth(input(12, 0, 0, 0, 0));
        assertThat(p.projectedGrossSalary()).isEqualByComparingTo("1800000");
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("1725000");
        assertThat(p.annualTax()).isEqualByComparingTo("150800");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("12567");
    }

    @Test
    void aSpreadBonusRaisesTheTaxOfEveryRemainingMonth() {
        // (2,14,500 - 75,402) / 6 = 1,39,098 / 6 = 23,183
        TdsProjection p = SalaryTdsProjection.forMonth(input(6, 900_000, 75_402, 300_000, 0));
        assertThat(p.projectedGrossSalary()).isEqualByComparingTo("2100000");
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("2025000");
        assertThat(p.annualTax()).isEqualByComparingTo("214500");
        assertThat(p.bonusTds()).isEqualByComparingTo("0");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("23183");
        // November: paid 13,50,000, deducted 75,402 + 23,183 = 98,585; (2,14,500 - 98,585) / 5 = 23,183
        TdsProjection november = SalaryTdsProjection.forMonth(input(5, 1_350_000, 98_585, 0, 0));
        assertThat(november.tdsThisMonth()).isEqualByComparingTo("23183");
    }

    @Test
    void anInMonthBonusCarriesItsWholeExtraTaxInItsMonth() {
        // regular: (1,50,800 - 75,402) / 6 = 75,398 / 6 = 12,566.33 -> 12,566;
        // bonus: 2,14,500 - 1,50,800 = 63,700; October 76,266
        TdsProjection p = SalaryTdsProjection.forMonth(input(6, 900_000, 75_402, 0, 300_000));
        assertThat(p.annualTaxWithoutInMonthBonus()).isEqualByComparingTo("150800");
        assertThat(p.annualTax()).isEqualByComparingTo("214500");
        assertThat(p.regularTds()).isEqualByComparingTo("12566");
        assertThat(p.bonusTds()).isEqualByComparingTo("63700");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("76266");
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("2025000");
        // November: paid 13,50,000, deducted 75,402 + 76,266 = 1,51,668; (2,14,500 - 1,51,668) / 5 = 12,566.4 -> 12,566
        TdsProjection november = SalaryTdsProjection.forMonth(input(5, 1_350_000, 151_668, 0, 0));
        assertThat(november.annualTax()).isEqualByComparingTo("214500");
        assertThat(november.tdsThisMonth()).isEqualByComparingTo("12566");
    }

    @Test
    void moreDeductedThanTheYearsTaxGivesNoNegativeTds() {
        TdsProjection p = SalaryTdsProjection.forMonth(input(1, 1_650_000, 200_000, 0, 0));
        assertThat(p.annualTax()).isEqualByComparingTo("150800");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("0");
    }

    @Test
    void oldRegimeCountsDeductionsHraAndProfessionalTax() {
        // old, 12 months of 1,00,000: 12,00,000 - HRA 1,80,000 - PT 2,500 - SD 50,000 - 80C 1,50,000 = 8,17,500;
        // tax 12,500 + 3,17,500 x 20% = 76,000; cess 3,040; total 79,040; / 12 = 6,586.67 -> 6,587
        TdsProjectionInput in = new TdsProjectionInput(IncomeTaxCalculatorTest.OLD_2025_26, 12, null,
                new BigDecimal("100000"), new BigDecimal("100000"), null, null, null, null, new BigDecimal("150000"), null,
                new BigDecimal("180000"), new BigDecimal("2500"), 40);
        TdsProjection p = SalaryTdsProjection.forMonth(in);
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("817500");
        assertThat(p.annualTax()).isEqualByComparingTo("79040");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("6587");
        assertThat(p.age()).isEqualTo(40);
    }

    @Test
    void monthsRemainingRunFromAprilToMarch() {
        assertThat(TdsProjectionInput.monthsRemainingFrom(4)).isEqualTo(12);
        assertThat(TdsProjectionInput.monthsRemainingFrom(10)).isEqualTo(6);
        assertThat(TdsProjectionInput.monthsRemainingFrom(12)).isEqualTo(4);
        assertThat(TdsProjectionInput.monthsRemainingFrom(1)).isEqualTo(3);
        assertThat(TdsProjectionInput.monthsRemainingFrom(3)).isEqualTo(1);
        assertThatThrownBy(() -> input(0, 0, 0, 0, 0)).hasMessage("monthsRemaining must be 1 (March) to 12 (April), was 0");
    }

    private static TdsProjectionInput input(int remaining, long paid, long deducted, long spread, long inMonth) {
        return new TdsProjectionInput(IncomeTaxCalculatorTest.NEW_2025_26, remaining, BigDecimal.valueOf(paid), MONTHLY,
                MONTHLY, BigDecimal.valueOf(spread), BigDecimal.valueOf(inMonth), BigDecimal.valueOf(deducted), null, null,
                null, null, null, 35);
    }
}

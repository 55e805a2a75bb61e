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

    /*
     * Without a valid PAN: the higher of the average rate and 20% of the month's taxable salary, no cess on the 20%,
     * nothing while the projected tax is zero (s.206AA(1)(iii) of the 1961 Act, s.397(2)(b) of the 2025 Act; CBDT
     * Circular 24/2022, kept for 2024-25 by Circular 03/2025, on s.206AA and salary).
     */

    @Test
    void withoutPanTwentyPercentOfTheMonthWhenItIsAboveTheAverageRate() {
        // April, 1,50,000 a month: average 12,567 (above); 20% of 1,50,000 = 30,000 is higher
        TdsProjection p = SalaryTdsProjection.forMonth(withoutPan(NEW_WITH_PAN_RATE, 12, 0, 0, MONTHLY, 0, 0));
        assertThat(p.annualTax()).isEqualByComparingTo("150800");
        assertThat(p.averageRateTds()).isEqualByComparingTo("12567");
        assertThat(p.withoutPanTds()).isEqualByComparingTo("30000");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("30000");
        assertThat(p.basis()).isEqualTo(TdsProjection.Basis.WITHOUT_PAN);
        // May, 30,000 deducted in April: average (1,50,800 - 30,000) / 11 = 10,981.82 -> 10,982; still 30,000
        TdsProjection may = SalaryTdsProjection.forMonth(withoutPan(NEW_WITH_PAN_RATE, 11, 150_000, 30_000, MONTHLY, 0, 0));
        assertThat(may.regularTds()).isEqualByComparingTo("10982");
        assertThat(may.tdsThisMonth()).isEqualByComparingTo("30000");
    }

    @Test
    void withoutPanTheAverageRateStandsWhenItIsHigherThanTwentyPercent() {
        // 4,00,000 a month: 48,00,000 - 75,000 = 47,25,000; tax 3,00,000 to 24L + 30% x 23,25,000 = 9,97,500;
        // cess 39,900; 10,37,400 / 12 = 86,450 above 20% of 4,00,000 = 80,000
        TdsProjection p = SalaryTdsProjection.forMonth(withoutPan(NEW_WITH_PAN_RATE, 12, 0, 0,
                new BigDecimal("400000"), 0, 0));
        assertThat(p.annualTax()).isEqualByComparingTo("1037400");
        assertThat(p.withoutPanTds()).isEqualByComparingTo("80000");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("86450");
        assertThat(p.basis()).isEqualTo(TdsProjection.Basis.AVERAGE_RATE);
    }

    @Test
    void withoutPanTheTwentyPercentIsOnTheWholeMonthBonusIncluded() {
        // October, IN_MONTH bonus 3,00,000: average 12,566 + 63,700 = 76,266 (above); 20% of 4,50,000 = 90,000
        TdsProjection p = SalaryTdsProjection.forMonth(withoutPan(NEW_WITH_PAN_RATE, 6, 900_000, 75_402, MONTHLY, 0,
                300_000));
        assertThat(p.averageRateTds()).isEqualByComparingTo("76266");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("90000");
        assertThat(p.basis()).isEqualTo(TdsProjection.Basis.WITHOUT_PAN);
    }

    @Test
    void withoutPanNothingIsDeductedWhileTheYearsTaxIsNil() {
        // 1,00,000 a month: 12,00,000 - 75,000 = 11,25,000; tax 20,000 + 32,500 = 52,500 all rebated (s.87A): the
        // income is not chargeable, so no 20% either (it would have been 20,000)
        TdsProjection p = SalaryTdsProjection.forMonth(withoutPan(NEW_WITH_PAN_RATE, 12, 0, 0,
                new BigDecimal("100000"), 0, 0));
        assertThat(p.annualTax()).isEqualByComparingTo("0");
        assertThat(p.withoutPanTds()).isEqualByComparingTo("0");
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("0");
        assertThat(p.basis()).isEqualTo(TdsProjection.Basis.AVERAGE_RATE);
    }

    @Test
    void withoutPanAndWithoutTheRateInTheRulesIsRefused() {
        assertThatThrownBy(() -> SalaryTdsProjection.forMonth(withoutPan(IncomeTaxCalculatorTest.NEW_2025_26, 12, 0, 0,
                MONTHLY, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The NEW regime rules carry no salary TDS rate for an employee without PAN (s.206AA;"
                        + " s.397(2) of the 2025 Act); supply it with the year's rules");
    }

    @Test
    void withAValidPanTheRateWithoutPanIsNotApplied() {
        TdsProjection p = SalaryTdsProjection.forMonth(new TdsProjectionInput(NEW_WITH_PAN_RATE, 12, null, MONTHLY,
                MONTHLY, null, null, null, null, null, null, null, null, 35, true));
        assertThat(p.tdsThisMonth()).isEqualByComparingTo("12567");
        assertThat(p.withoutPanTds()).isEqualByComparingTo("0");
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

    /** The 2025-26 new regime with the 20% rate without PAN (V26, s.206AA(1)(iii)). */
    static final RegimeRules NEW_WITH_PAN_RATE = withPanRate(IncomeTaxCalculatorTest.NEW_2025_26, "20");

    static RegimeRules withPanRate(RegimeRules r, String percent) {
        return new RegimeRules(r.regime(), r.standardDeduction(), r.slabs(), r.allowsDeductions(), r.rebateIncomeLimit(),
                r.rebateMax(), r.rebateMarginalRelief(), r.surchargeBands(), r.cessPercent(), new BigDecimal(percent));
    }

    private static TdsProjectionInput withoutPan(RegimeRules rules, int remaining, long paid, long deducted,
                                                 BigDecimal monthly, long spread, long inMonth) {
        return new TdsProjectionInput(rules, remaining, BigDecimal.valueOf(paid), monthly, monthly,
                BigDecimal.valueOf(spread), BigDecimal.valueOf(inMonth), BigDecimal.valueOf(deducted), null, null, null,
                null, null, 35, false);
    }

    private static TdsProjectionInput input(int remaining, long paid, long deducted, long spread, long inMonth) {
        return new TdsProjectionInput(IncomeTaxCalculatorTest.NEW_2025_26, remaining, BigDecimal.valueOf(paid), MONTHLY,
                MONTHLY, BigDecimal.valueOf(spread), BigDecimal.valueOf(inMonth), BigDecimal.valueOf(deducted), null, null,
                null, null, null, 35);
    }
}

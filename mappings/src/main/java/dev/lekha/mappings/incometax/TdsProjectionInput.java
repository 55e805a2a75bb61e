package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the payroll knows about one employee in one month when it deducts tax from salary (s.192; s.392 of the
 * Income-tax Act, 2025). Amounts in rupees, none negative (null counts as zero).
 *
 * @param rules                    the year's rules of the employee's regime, for the employee's age (old regime: the
 *                                 age band's slabs, see {@code IncomeTaxRulesSource.rules(fy, regime, age)})
 * @param monthsRemaining          months left in the financial year including this one: 12 in April, 1 in March
 * @param taxableSalaryPaidSoFar   taxable salary paid in the year before this month, from this employer and from
 *                                 previous employers as declared (bonuses of earlier months included)
 * @param thisMonthRegular         this month's regular taxable salary (without bonuses of this month)
 * @param expectedMonthlyRegular   the regular taxable salary expected in each month after this one
 * @param bonusSpread              this month's bonus or variable pay whose tax is spread over the remaining months
 * @param bonusInMonth             this month's bonus or variable pay whose whole tax is deducted this month
 * @param tdsDeductedSoFar         tax deducted in the year before this month (previous employers' as declared)
 * @param otherIncome              other income the employee declared for the year (taxed at the slab rates)
 * @param deductions               old-regime deductions for the year, already capped ({@link DeductionCaps})
 * @param deductionsInEveryRegime  employer NPS (80CCD(2)) for the year, already capped
 * @param hraExemption             HRA exemption for the year ({@link HraExemption}), old regime only
 * @param otherSalaryExemptions    LTA exemption and professional tax for the year, old regime only
 * @param age                      the employee's age for the year ({@link AgeBand#ageForYearEnding}); carried onto
 *                                 the result for the payslip and Form 16, the age-specific slabs are in {@code rules}
 * @param validPanFurnished        whether the employee furnished a PAN of valid structure; without one the month's
 *                                 TDS is at least {@link RegimeRules#salaryTdsWithoutPanPercent()} of the month's
 *                                 taxable salary (s.206AA; s.397(2) of the 2025 Act), see {@link SalaryTdsProjection}
 */
public record TdsProjectionInput(RegimeRules rules, int monthsRemaining, BigDecimal taxableSalaryPaidSoFar,
                                 BigDecimal thisMonthRegular, BigDecimal expectedMonthlyRegular, BigDecimal bonusSpread,
                                 BigDecimal bonusInMonth, BigDecimal tdsDeductedSoFar, BigDecimal otherIncome,
                                 BigDecimal deductions, BigDecimal deductionsInEveryRegime, BigDecimal hraExemption,
                                 BigDecimal otherSalaryExemptions, int age, boolean validPanFurnished) {

    /** The input for an employee who furnished a valid PAN. */
    public TdsProjectionInput(RegimeRules rules, int monthsRemaining, BigDecimal taxableSalaryPaidSoFar,
                              BigDecimal thisMonthRegular, BigDecimal expectedMonthlyRegular, BigDecimal bonusSpread,
                              BigDecimal bonusInMonth, BigDecimal tdsDeductedSoFar, BigDecimal otherIncome,
                              BigDecimal deductions, BigDecimal deductionsInEveryRegime, BigDecimal hraExemption,
                              BigDecimal otherSalaryExemptions, int age) {
        this(rules, monthsRemaining, taxableSalaryPaidSoFar, thisMonthRegular, expectedMonthlyRegular, bonusSpread,
                bonusInMonth, tdsDeductedSoFar, otherIncome, deductions, deductionsInEveryRegime, hraExemption,
                otherSalaryExemptions, age, true);
    }

    /** This month's taxable salary: regular pay and both kinds of bonus. */
    public BigDecimal thisMonthTaxable() {
        return thisMonthRegular.add(bonusSpread).add(bonusInMonth);
    }

    public TdsProjectionInput {
        Objects.requireNonNull(rules, "rules");
        if (monthsRemaining < 1 || monthsRemaining > 12) {
            throw new IllegalArgumentException("monthsRemaining must be 1 (March) to 12 (April), was " + monthsRemaining);
        }
        taxableSalaryPaidSoFar = nonNegative(taxableSalaryPaidSoFar, "taxableSalaryPaidSoFar");
        thisMonthRegular = nonNegative(thisMonthRegular, "thisMonthRegular");
        expectedMonthlyRegular = nonNegative(expectedMonthlyRegular, "expectedMonthlyRegular");
        bonusSpread = nonNegative(bonusSpread, "bonusSpread");
        bonusInMonth = nonNegative(bonusInMonth, "bonusInMonth");
        tdsDeductedSoFar = nonNegative(tdsDeductedSoFar, "tdsDeductedSoFar");
        otherIncome = nonNegative(otherIncome, "otherIncome");
        deductions = nonNegative(deductions, "deductions");
        deductionsInEveryRegime = nonNegative(deductionsInEveryRegime, "deductionsInEveryRegime");
        hraExemption = nonNegative(hraExemption, "hraExemption");
        otherSalaryExemptions = nonNegative(otherSalaryExemptions, "otherSalaryExemptions");
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age must be between 0 and 150, was " + age);
        }
    }

    /** Months in April (12) to March (1) for a pay month 1 (January) to 12 (December). */
    public static int monthsRemainingFrom(int calendarMonth) {
        if (calendarMonth < 1 || calendarMonth > 12) {
            throw new IllegalArgumentException("calendar month must be 1 to 12, was " + calendarMonth);
        }
        return calendarMonth >= 4 ? 16 - calendarMonth : 4 - calendarMonth;
    }

    private static BigDecimal nonNegative(BigDecimal v, String field) {
        BigDecimal value = v == null ? BigDecimal.ZERO : v;
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }
}

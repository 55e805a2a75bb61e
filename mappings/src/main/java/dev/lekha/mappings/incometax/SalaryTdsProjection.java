package dev.lekha.mappings.incometax;

import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Tax to deduct from one month's salary by projecting the year (s.192(1); s.392 of the Income-tax Act, 2025: the
 * employer deducts at the average rate on the estimated income of the year, spreading the year's tax over the
 * months): the year's salary is what was paid so far, this month, and the regular salary expected for the rest of
 * the year; the tax on it under {@link IncomeTaxCalculator}, less the tax already deducted, is divided by the months
 * remaining including this one.
 *
 * <p>A bonus paid this month is either
 * <ul>
 *   <li>SPREAD: part of the projected year, so its tax is spread over this and the remaining months; or</li>
 *   <li>IN_MONTH: the whole extra tax it causes (tax of the year with it − tax without it) is deducted this month,
 *       and the regular part is computed as if it had not been paid.</li>
 * </ul>
 * In the following months a bonus is part of the salary paid so far and its tax part of the tax deducted so far, so
 * the projection stays right either way.
 *
 * <p>Rounding: the annual tax is rounded to ten rupees as the calculator does (s.288B); this month's regular part is
 * rounded to the nearest rupee (half up) because TDS is deducted and paid in whole rupees; the IN_MONTH part is a
 * difference of two whole-ten annual taxes. When more was deducted than the year's tax, this month's regular part is
 * zero, never negative: the excess is not refunded through payroll but claimed in the employee's return.
 *
 * <p>Without a valid PAN (s.206AA of the 1961 Act; s.397(2)(b) of the Income-tax Act, 2025 from 1 April 2026) tax is
 * deducted at the higher of the rates in force (the average rate above) and 20%, the rate coming from the dated
 * rules ({@link RegimeRules#salaryTdsWithoutPanPercent()}). As the CBDT's yearly circular on salary TDS explains the
 * section (the paragraph on s.206AA of Circular 24/2022, kept in force for 2024-25 by Circular 03/2025): nothing is
 * deducted while the estimated income is not chargeable to tax, which here means the projected tax of the year (after
 * rebate) is zero; otherwise the month's TDS is the higher of the average-rate amount and 20% of this month's taxable
 * salary, and no cess is added to the 20%. The excess over the average rate is tax deducted like any other: it counts
 * in the TDS deducted so far, so the average-rate part of later months falls (never below zero).
 */
public final class SalaryTdsProjection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SalaryTdsProjection() {
    }

    /** The projection for one employee and month; never returns null. */
    public static TdsProjection forMonth(TdsProjectionInput in) {
        Objects.requireNonNull(in, "in");
        int remaining = in.monthsRemaining();
        BigDecimal regularYear = in.taxableSalaryPaidSoFar().add(in.thisMonthRegular()).add(in.bonusSpread())
                .add(in.expectedMonthlyRegular().multiply(BigDecimal.valueOf(remaining - 1L)));
        TaxInput withoutBonus = new TaxInput(regularYear, in.otherIncome(), in.deductions(), in.hraExemption(),
                in.otherSalaryExemptions(), in.deductionsInEveryRegime());
        TaxComputation without = IncomeTaxCalculator.compute(in.rules(), withoutBonus);
        TaxComputation with = in.bonusInMonth().signum() == 0 ? without
                : IncomeTaxCalculator.compute(in.rules(), withoutBonus.withMoreSalary(in.bonusInMonth()));

        BigDecimal regular = without.totalTax().subtract(in.tdsDeductedSoFar()).max(BigDecimal.ZERO)
                .divide(BigDecimal.valueOf(remaining), 0, RoundingMode.HALF_UP);
        BigDecimal bonus = with.totalTax().subtract(without.totalTax()).max(BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP);
        BigDecimal average = regular.add(bonus);

        BigDecimal withoutPan = BigDecimal.ZERO;
        if (!in.validPanFurnished() && with.totalTax().signum() > 0) {
            BigDecimal rate = in.rules().salaryTdsWithoutPanPercent();
            if (rate == null) {
                throw new IllegalArgumentException("The " + in.rules().regime() + " regime rules carry no salary TDS"
                        + " rate for an employee without PAN (s.206AA; s.397(2) of the 2025 Act); supply it with the"
                        + " year's rules");
            }
            withoutPan = in.thisMonthTaxable().multiply(rate).divide(HUNDRED, 0, RoundingMode.HALF_UP);
        }
        TdsProjection.Basis basis = withoutPan.compareTo(average) > 0 ? TdsProjection.Basis.WITHOUT_PAN
                : TdsProjection.Basis.AVERAGE_RATE;
        return new TdsProjection(money(regularYear.add(in.bonusInMonth())), with.taxableIncome(), with.totalTax(),
                without.totalTax(), with, money(regular), money(bonus), money(average.max(withoutPan)), in.age(),
                money(withoutPan), basis);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}

package dev.lekha.mappings.incometax;

import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import java.math.BigDecimal;

/**
 * This month's tax deduction from salary, and the projection of the year it comes from.
 *
 * @param projectedGrossSalary    salary for the year: paid so far + this month (bonuses included) + expected months
 * @param projectedTaxableIncome  the annual computation's taxable income
 * @param annualTax               the projected tax for the year with every bonus (total with cess, s.288B)
 * @param annualTaxWithoutInMonthBonus  the same without this month's IN_MONTH bonus
 * @param annual                  the annual computation with every bonus
 * @param regularTds              (annual tax without the IN_MONTH bonus − TDS so far) / months remaining, to the rupee
 * @param bonusTds                the extra tax the IN_MONTH bonus causes, all deducted this month
 * @param tdsThisMonth            what to deduct: regularTds + bonusTds, or {@code withoutPanTds} when that is higher
 *                                ({@link Basis#WITHOUT_PAN}); never negative
 * @param age                     the age the projection was made for
 * @param withoutPanTds           for an employee without a valid PAN whose projected tax is above zero: the rate
 *                                without PAN (20%) of this month's taxable salary, to the rupee, no cess; else zero
 * @param basis                   which of the two {@code tdsThisMonth} is
 */
public record TdsProjection(BigDecimal projectedGrossSalary, BigDecimal projectedTaxableIncome, BigDecimal annualTax,
                            BigDecimal annualTaxWithoutInMonthBonus, TaxComputation annual, BigDecimal regularTds,
                            BigDecimal bonusTds, BigDecimal tdsThisMonth, int age, BigDecimal withoutPanTds,
                            Basis basis) {

    /** Why this month's TDS is what it is. */
    public enum Basis {
        /** The average rate on the projected year (s.192(1); s.392 of the 2025 Act). */
        AVERAGE_RATE,
        /** No valid PAN and the rate without PAN gave more than the average rate (s.206AA; s.397(2)). */
        WITHOUT_PAN
    }

    /** The average-rate deduction: regularTds + bonusTds. */
    public BigDecimal averageRateTds() {
        return regularTds.add(bonusTds);
    }
}

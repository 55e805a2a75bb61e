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
 * @param tdsThisMonth            regularTds + bonusTds, never negative
 * @param age                     the age the projection was made for
 */
public record TdsProjection(BigDecimal projectedGrossSalary, BigDecimal projectedTaxableIncome, BigDecimal annualTax,
                            BigDecimal annualTaxWithoutInMonthBonus, TaxComputation annual, BigDecimal regularTds,
                            BigDecimal bonusTds, BigDecimal tdsThisMonth, int age) {
}

package dev.lekha.domain.payroll;

import java.math.BigDecimal;

/**
 * One employee's figures from the locked runs of a financial year, months before the one being run.
 *
 * @param esiCovered whether ESI was deducted in an earlier month of the current contribution period; null when no
 *                   such month was paid
 */
public record YearToDatePay(BigDecimal taxableSalary, BigDecimal tds, BigDecimal professionalTax, Boolean esiCovered) {
}

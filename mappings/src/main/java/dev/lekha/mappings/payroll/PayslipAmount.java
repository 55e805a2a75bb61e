package dev.lekha.mappings.payroll;

import java.math.BigDecimal;

/**
 * An earning or deduction line of a payslip.
 *
 * @param code   the salary component's code (BASIC, HRA, ARREAR_BASIC, ...)
 * @param name   as shown to the employee
 * @param amount rupees, scale 2
 */
public record PayslipAmount(String code, String name, BigDecimal amount) {
}

package dev.lekha.domain.payroll;

import java.math.BigDecimal;

/**
 * One figure of one employee that a correction changes against the locked run it corrects.
 *
 * @param field  a line field ({@code gross_earnings}, {@code tds}, {@code net_pay}, ...), {@code component:<code>},
 *               or {@code employee} when the employee is in only one of the runs
 * @param before the locked run's figure; null when absent there
 * @param after  the correction's figure; null when absent there
 */
public record PayrollRunDifference(long employeeId, String employeeCode, String field, BigDecimal before,
                                   BigDecimal after) {
}

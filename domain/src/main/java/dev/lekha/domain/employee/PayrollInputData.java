package dev.lekha.domain.employee;

import java.math.BigDecimal;

/**
 * A one-off amount for a month (bonus, incentive, overtime, arrears, reimbursement, deduction); replaces the same
 * employee, month and component.
 *
 * @param taxTreatment SPREAD or IN_MONTH for taxable variable pay, null otherwise
 */
public record PayrollInputData(String employeeCode, String payMonth, String componentCode, BigDecimal amount,
                               String taxTreatment, String note) {
}

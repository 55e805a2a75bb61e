package dev.lekha.mappings.payroll;

import java.time.LocalDate;

/**
 * The employee as a payslip and the statutory files show them. Identifiers as stored (the files mask nothing;
 * logs must). Optional fields are null when unknown.
 *
 * @param code            the company's employee code
 * @param name            full name
 * @param gender          M, F or T
 * @param dateOfBirth     optional
 * @param pan             optional; without a valid one salary TDS is at least 20% of the month once the year is
 *                        taxable (s.206AA; s.397(2) of the 2025 Act), see {@code SalaryTdsProjection}
 * @param uan             12-digit Universal Account Number, optional when PF does not apply
 * @param esiNumber       ESIC insurance number (IP number), optional when ESI does not apply
 * @param bankAccount     salary account number, optional
 * @param bankIfsc        its IFSC, optional
 * @param workState       two-letter state code deciding PT and LWF (MH, KA, WB, TN, TG, GJ, ...)
 * @param designation     optional
 * @param department      optional
 * @param dateOfJoining   joining date
 * @param dateOfLeaving   leaving date, optional
 */
public record PayslipEmployee(String code, String name, String gender, LocalDate dateOfBirth, String pan, String uan,
                              String esiNumber, String bankAccount, String bankIfsc, String workState,
                              String designation, String department, LocalDate dateOfJoining,
                              LocalDate dateOfLeaving) {
}

package dev.lekha.domain.employee;

import java.time.LocalDate;

/**
 * One employee of the master as a file gives it, already checked (formats, dates, flags). Optional fields are null
 * when not given; storing replaces every field of an employee with the same code.
 *
 * @param gender    M, F or T
 * @param workState two-letter state code (decides professional tax and labour welfare fund)
 * @param taxRegime NEW or OLD
 */
public record EmployeeData(String employeeCode, String name, String gender, LocalDate dateOfBirth,
                           String fatherOrSpouseName, String pan, String uan, String esiNumber, String email,
                           String phone, String designation, String department, String bankAccountNumber,
                           String bankIfsc, String workState, String residenceCity, String taxRegime,
                           LocalDate dateOfJoining, LocalDate dateOfLeaving, boolean pfApplicable,
                           boolean pfOnActualWages, boolean epsMember, boolean esiApplicable, boolean disabled) {
}

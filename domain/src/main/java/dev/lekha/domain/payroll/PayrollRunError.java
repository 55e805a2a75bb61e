package dev.lekha.domain.payroll;

/** An employee the run could not compute, with what to fix. */
public record PayrollRunError(long employeeId, String employeeCode, String code, String message) {
}

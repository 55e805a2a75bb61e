package dev.lekha.domain.payroll;

/** A locked (or superseded) run was asked to change; a correction is a new run of the month. */
public class PayrollRunLockedException extends RuntimeException {
    public PayrollRunLockedException(String message) {
        super(message);
    }
}

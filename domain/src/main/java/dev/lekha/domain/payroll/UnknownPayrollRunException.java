package dev.lekha.domain.payroll;

/** No payroll run with that id for the company. */
public class UnknownPayrollRunException extends RuntimeException {
    public UnknownPayrollRunException(String message) {
        super(message);
    }
}

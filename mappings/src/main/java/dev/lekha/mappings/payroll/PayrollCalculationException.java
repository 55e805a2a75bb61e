package dev.lekha.mappings.payroll;

/**
 * One employee's month cannot be computed from what is stored (no structure in force, an unknown component, loss of
 * pay beyond the days employed, a missing statutory rule, negative net pay). The payroll job records the message
 * against the employee on the run and goes on with the others; the message says what to fix.
 */
public class PayrollCalculationException extends RuntimeException {

    private final String code;

    /**
     * @param code short machine-readable kind (NO_STRUCTURE, UNKNOWN_COMPONENT, LOP_EXCEEDS_DAYS, NO_RULE,
     *             NEGATIVE_NET_PAY, ...)
     */
    public PayrollCalculationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

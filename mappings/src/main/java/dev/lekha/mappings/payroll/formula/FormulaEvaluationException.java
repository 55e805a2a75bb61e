package dev.lekha.mappings.payroll.formula;

/**
 * A well-formed formula that cannot be evaluated with the values given: a referenced component has no value, or
 * a divisor is zero. Distinct from {@link InvalidFormulaException}, which is about the text itself.
 */
public class FormulaEvaluationException extends IllegalArgumentException {

    public FormulaEvaluationException(String message) {
        super(message);
    }
}

package dev.lekha.mappings.payroll.formula;

/**
 * A salary formula that cannot be read: the message says what was expected, what was found and at which column
 * (1-based) of the text, so the person who typed it into a salary-structure sheet can fix that very spot.
 */
public class InvalidFormulaException extends IllegalArgumentException {

    private final String formula;
    private final int column;

    public InvalidFormulaException(String formula, int column, String problem) {
        super(describe(formula, column, problem));
        this.formula = formula;
        this.column = column;
    }

    private static String describe(String formula, int column, String problem) {
        if (formula == null) {
            return problem;
        }
        return "Invalid formula '" + formula + "': " + problem + " at column " + column
                + (column > formula.length() ? " (end of the formula)" : "");
    }

    /** The text as given, never null unless the formula itself was null. */
    public String formula() {
        return formula;
    }

    /** 1-based column of the problem; one past the end when the formula stops too early. */
    public int column() {
        return column;
    }
}

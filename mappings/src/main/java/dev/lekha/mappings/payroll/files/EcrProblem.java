package dev.lekha.mappings.payroll.files;

/**
 * Something in an ECR file the EPFO portal would reject.
 *
 * @param line    1-based line number in the file
 * @param field   1-based ECR field number (0 when the whole line is wrong)
 * @param name    the field's name ("UAN", "EPS wages", ...; "line" for the whole line)
 * @param message what is wrong and how to fix it
 */
public record EcrProblem(int line, int field, String name, String message) {

    @Override
    public String toString() {
        return "line " + line + (field > 0 ? ", field " + field + " (" + name + ")" : "") + ": " + message;
    }
}

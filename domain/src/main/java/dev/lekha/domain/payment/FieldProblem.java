package dev.lekha.domain.payment;

/**
 * What is wrong with one field of one payment.
 *
 * @param row   1-based line of the batch (or row of a file)
 * @param field the field's name as the API and the file documentation call it
 */
public record FieldProblem(int row, String field, String message) {

    @Override
    public String toString() {
        return "row " + row + ", " + field + ": " + message;
    }
}

package dev.lekha.connectors.razorpay;

/**
 * Razorpay's error body {@code {"error":{"code","description","field","source","step","reason"}}}; every
 * component may be null except {@code code} and {@code description} when Razorpay sent them.
 */
public record RazorpayError(String code, String description, String field, String source, String step, String reason) {

    /** One line for people: {@code BAD_REQUEST_ERROR: The amount is invalid (field amount)}. */
    public String summary() {
        StringBuilder s = new StringBuilder(code == null ? "ERROR" : code).append(": ")
                .append(description == null ? "no description" : description);
        if (field != null) {
            s.append(" (field ").append(field).append(')');
        }
        if (reason != null) {
            s.append(" [").append(reason).append(']');
        }
        return s.toString();
    }
}

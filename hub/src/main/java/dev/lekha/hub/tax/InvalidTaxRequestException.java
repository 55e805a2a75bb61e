package dev.lekha.hub.tax;

/** A request whose fields are each well formed but do not fit together or the year's rules; names the field. */
class InvalidTaxRequestException extends RuntimeException {

    private final String field;
    private final transient Object rejectedValue;

    InvalidTaxRequestException(String field, String message, Object rejectedValue) {
        super(message);
        this.field = field;
        this.rejectedValue = rejectedValue;
    }

    String field() {
        return field;
    }

    Object rejectedValue() {
        return rejectedValue;
    }
}

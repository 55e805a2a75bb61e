package dev.lekha.routes.queues;

/**
 * A queue message that no redelivery can fix (no {@code messageId}, malformed JSON, invalid content):
 * it goes straight to {@code DLQ.<queue>} with this message as the reason.
 */
public class UnprocessableMessageException extends RuntimeException {

    public UnprocessableMessageException(String reason) {
        super(reason);
    }

    public UnprocessableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

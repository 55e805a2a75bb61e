package dev.lekha.connectors.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The sandbox's answer. The HTTP layer must wait {@code delay} before writing it: that is how an
 * injected TIMEOUT fault reaches a client whose read timeout is shorter (the request itself has
 * already been processed, as on the real IRP).
 *
 * @param httpStatus  HTTP status code
 * @param contentType media type of {@code body}, never null
 * @param body        response body, never null (empty for none)
 * @param delay       time to wait before answering, never null ({@link Duration#ZERO} normally)
 */
public record SandboxResponse(int httpStatus, String contentType, String body, Duration delay) {

    public SandboxResponse {
        Objects.requireNonNull(contentType, "contentType");
        body = body == null ? "" : body;
        delay = delay == null ? Duration.ZERO : delay;
    }

    /** A JSON answer with {@code status}, sent at once. */
    public static SandboxResponse json(int status, String body) {
        return new SandboxResponse(status, "application/json", body, Duration.ZERO);
    }

    /** The same answer, to be sent only after {@code wait}. */
    public SandboxResponse delayedBy(Duration wait) {
        return new SandboxResponse(httpStatus, contentType, body, wait);
    }
}

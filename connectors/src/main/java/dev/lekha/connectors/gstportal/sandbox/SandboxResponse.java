package dev.lekha.connectors.gstportal.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The sandbox's answer; the HTTP layer must wait {@code delay} before writing it (how an injected TIMEOUT
 * fault reaches a client whose timeout is shorter, after the request was processed).
 *
 * @param httpStatus  HTTP status
 * @param contentType media type of the body, never null
 * @param body        never null
 * @param delay       never null
 */
public record SandboxResponse(int httpStatus, String contentType, String body, Duration delay) {

    public SandboxResponse {
        Objects.requireNonNull(contentType, "contentType");
        body = body == null ? "" : body;
        delay = delay == null ? Duration.ZERO : delay;
    }

    static SandboxResponse json(int status, String body) {
        return new SandboxResponse(status, "application/json", body, Duration.ZERO);
    }

    /** The same answer, sent only after {@code wait}. */
    public SandboxResponse delayedBy(Duration wait) {
        return new SandboxResponse(httpStatus, contentType, body, wait);
    }
}

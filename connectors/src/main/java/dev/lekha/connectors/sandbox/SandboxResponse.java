package dev.lekha.connectors.sandbox;

import java.time.Duration;
import java.util.Map;
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
 * @param headers     extra response headers (e.g. {@code Retry-After}), never null
 */
public record SandboxResponse(int httpStatus, String contentType, String body, Duration delay, Map<String, String> headers) {

    public SandboxResponse {
        Objects.requireNonNull(contentType, "contentType");
        body = body == null ? "" : body;
        delay = delay == null ? Duration.ZERO : delay;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** An answer without extra headers. */
    public SandboxResponse(int httpStatus, String contentType, String body, Duration delay) {
        this(httpStatus, contentType, body, delay, Map.of());
    }

    /** The same answer with one more header. */
    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new SandboxResponse(httpStatus, contentType, body, delay, more);
    }

    /** A JSON answer with {@code status}, sent at once. */
    public static SandboxResponse json(int status, String body) {
        return new SandboxResponse(status, "application/json", body, Duration.ZERO);
    }

    /** The same answer, to be sent only after {@code wait}. */
    public SandboxResponse delayedBy(Duration wait) {
        return new SandboxResponse(httpStatus, contentType, body, wait, headers);
    }
}

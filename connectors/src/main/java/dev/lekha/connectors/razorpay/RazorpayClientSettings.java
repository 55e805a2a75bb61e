package dev.lekha.connectors.razorpay;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RazorpayClient} reaches Razorpay.
 *
 * @param baseUri        {@code https://api.razorpay.com} or the hub's {@code http://127.0.0.1:<port>/sandbox/razorpay};
 *                       {@code /v1/...} is appended; a trailing slash is ignored
 * @param keyId          the API key id ({@code rzp_test_...}/{@code rzp_live_...}); must not be blank
 * @param keySecret      the API key secret; must not be blank; never logged or recorded
 * @param connectTimeout must be positive
 * @param requestTimeout must be positive; per attempt
 * @param retry          backoff on 429/5xx/timeouts; must not be null
 * @param circuitBreaker must not be null
 */
public record RazorpayClientSettings(URI baseUri, String keyId, String keySecret, Duration connectTimeout,
                                     Duration requestTimeout, RetrySettings retry, CircuitBreakerSettings circuitBreaker) {

    public RazorpayClientSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        if (keyId == null || keyId.isBlank() || keySecret == null || keySecret.isBlank()) {
            throw new IllegalArgumentException("Razorpay key id and key secret must be set (lekha.razorpay.key-id/key-secret)");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /** Settings with {@link RetrySettings#DEFAULT} and {@link CircuitBreakerSettings#DEFAULT}. */
    public RazorpayClientSettings(URI baseUri, String keyId, String keySecret, Duration connectTimeout,
                                  Duration requestTimeout) {
        this(baseUri, keyId, keySecret, connectTimeout, requestTimeout, RetrySettings.DEFAULT, CircuitBreakerSettings.DEFAULT);
    }

    String base() {
        String text = baseUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        // records print every component; the secret must not reach a log
        return "RazorpayClientSettings[baseUri=" + baseUri + ", keyId=" + keyId + ", keySecret=****]";
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }

    /**
     * Retries of one call on HTTP 429, 5xx, timeouts and refused connections: at most {@code maxAttempts} in all,
     * waiting a random time in [0, min(maxBackoff, initialBackoff * 2^(attempt-1))] ("full jitter") between them,
     * or Razorpay's {@code Retry-After} seconds when it sent one (capped at {@code maxBackoff}).
     */
    public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

        /** 4 attempts, 500 ms doubling up to 8 s. */
        public static final RetrySettings DEFAULT = new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(8));

        public RetrySettings {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("maxAttempts must be 1..10, got " + maxAttempts);
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
            }
        }
    }

    /**
     * Count-based circuit breaker: opens when {@code failureRatePercent} of the last {@code slidingWindowSize} calls
     * (judged from {@code minimumNumberOfCalls}) ended unavailable, stays open {@code openDuration}.
     */
    public record CircuitBreakerSettings(int slidingWindowSize, int minimumNumberOfCalls, float failureRatePercent,
                                         Duration openDuration) {

        public static final CircuitBreakerSettings DEFAULT = new CircuitBreakerSettings(20, 10, 50f, Duration.ofSeconds(30));

        public CircuitBreakerSettings {
            if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || failureRatePercent <= 0 || failureRatePercent > 100) {
                throw new IllegalArgumentException("bad circuit breaker settings");
            }
            requirePositive(openDuration, "openDuration");
        }
    }
}

package dev.lekha.connectors.nic;

import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link NicClient} reaches one IRP: its base URI (e.g. {@code https://einv-apisandbox.nic.in}, or the
 * hub's own {@code http://localhost:8080/sandbox/nic}; the API paths are appended to it as they are, so a
 * path prefix is kept), the connect and request timeouts, the IRP's RSA public key for encrypting the
 * login, and the circuit breaker around the transport.
 *
 * @param baseUri         must not be null; a trailing slash is ignored
 * @param connectTimeout  must be positive
 * @param requestTimeout  must be positive; a request unanswered by then fails with
 *                        {@link IrpUnavailableException#timedOut()} true
 * @param irpPublicKey    the IRP's encryption key (not its signing certificate); must not be null
 * @param circuitBreaker  must not be null; see {@link CircuitBreakerSettings#DEFAULT}
 */
public record NicClientSettings(URI baseUri, Duration connectTimeout, Duration requestTimeout, PublicKey irpPublicKey,
                                CircuitBreakerSettings circuitBreaker) {

    public NicClientSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(irpPublicKey, "irpPublicKey");
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /** Settings with {@link CircuitBreakerSettings#DEFAULT}. */
    public NicClientSettings(URI baseUri, Duration connectTimeout, Duration requestTimeout, PublicKey irpPublicKey) {
        this(baseUri, connectTimeout, requestTimeout, irpPublicKey, CircuitBreakerSettings.DEFAULT);
    }

    /** The base URI as text without a trailing slash, ready for an API path to be appended. */
    String base() {
        String text = baseUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }

    /**
     * A count-based circuit breaker: it opens when at least {@code failureRatePercent} of the last
     * {@code slidingWindowSize} exchanges (once {@code minimumNumberOfCalls} were made) failed with
     * {@link IrpUnavailableException}, and stays open for {@code openDuration} before letting a few trial
     * calls through. Refusals by the IRP ({@code Status 0}) are answers, not failures.
     */
    public record CircuitBreakerSettings(int slidingWindowSize, int minimumNumberOfCalls, float failureRatePercent,
                                         Duration openDuration) {

        /** 50 % failures over the last 20 exchanges (judged from the 10th), open for 30 s. */
        public static final CircuitBreakerSettings DEFAULT = new CircuitBreakerSettings(20, 10, 50f, Duration.ofSeconds(30));

        public CircuitBreakerSettings {
            if (slidingWindowSize < 1 || minimumNumberOfCalls < 1) {
                throw new IllegalArgumentException("slidingWindowSize and minimumNumberOfCalls must be at least 1");
            }
            if (failureRatePercent <= 0 || failureRatePercent > 100) {
                throw new IllegalArgumentException("failureRatePercent must be in (0, 100], got " + failureRatePercent);
            }
            requirePositive(openDuration, "openDuration");
        }
    }
}

package dev.lekha.connectors.gstportal;

import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link GstPortalClient} reaches one GST portal (GSTN, a GSP's pass-through, or the hub's own sandbox under
 * {@code /sandbox/gst}): the API paths ({@code /taxpayerapi/v1.0/authenticate}, …) are appended to
 * {@code baseUri} as they are.
 *
 * @param baseUri          must not be null; a trailing slash is ignored
 * @param clientId         the API client id ({@code clientid} header) issued to the GSP/ASP; not blank
 * @param clientSecret     its secret ({@code client-secret} header); not blank; never logged
 * @param gstnPublicKey    the key app_key is RSA-encrypted with (GSTN's, or the sandbox's); not null
 * @param userIp           the {@code ip-usr} header: the IP address of the person using the application; not blank
 * @param connectTimeout   positive
 * @param requestTimeout   positive; an unanswered request then fails with {@link GstPortalUnavailableException#timedOut()}
 * @param refreshBefore    a session is refreshed (REFRESHTOKEN) on the first call this long before its expiry; positive
 * @param retry            retries of unavailability; see {@link RetrySettings#DEFAULT}
 * @param circuitBreaker   see {@link CircuitBreakerSettings#DEFAULT}
 */
public record GstPortalClientSettings(URI baseUri, String clientId, String clientSecret, PublicKey gstnPublicKey,
                                      String userIp, Duration connectTimeout, Duration requestTimeout,
                                      Duration refreshBefore, RetrySettings retry,
                                      CircuitBreakerSettings circuitBreaker) {

    public GstPortalClientSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        Objects.requireNonNull(gstnPublicKey, "gstnPublicKey");
        requireText(userIp, "userIp");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(refreshBefore, "refreshBefore");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
    }

    /** Settings with 5 s connect, 30 s request timeout, refresh 15 minutes before expiry and default retry and breaker. */
    public static GstPortalClientSettings of(URI baseUri, String clientId, String clientSecret, PublicKey gstnPublicKey,
                                             String userIp) {
        return new GstPortalClientSettings(baseUri, clientId, clientSecret, gstnPublicKey, userIp,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(15), RetrySettings.DEFAULT,
                CircuitBreakerSettings.DEFAULT);
    }

    String base() {
        String text = baseUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        return "GstPortalClientSettings[baseUri=" + baseUri + ", clientId=" + clientId + ", clientSecret=****, userIp="
                + userIp + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }

    /**
     * Retries of an exchange that failed with {@link GstPortalUnavailableException}: up to {@code maxAttempts}
     * attempts in all, waiting {@code initialBackoff}, then twice as long each time. A timed-out write (save,
     * submit, file) is never retried: the portal may have processed it.
     */
    public record RetrySettings(int maxAttempts, Duration initialBackoff) {

        /** 3 attempts, 500 ms then 1 s apart. */
        public static final RetrySettings DEFAULT = new RetrySettings(3, Duration.ofMillis(500));

        public RetrySettings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
            }
            requirePositive(initialBackoff, "initialBackoff");
        }
    }

    /**
     * A count-based circuit breaker over exchanges: open when {@code failureRatePercent} of the last
     * {@code slidingWindowSize} (judged from {@code minimumNumberOfCalls}) failed with
     * {@link GstPortalUnavailableException}; open for {@code openDuration}. Portal refusals are answers, not failures.
     */
    public record CircuitBreakerSettings(int slidingWindowSize, int minimumNumberOfCalls, float failureRatePercent,
                                         Duration openDuration) {

        /** 50 % of the last 20 (from the 10th), open 30 s. */
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

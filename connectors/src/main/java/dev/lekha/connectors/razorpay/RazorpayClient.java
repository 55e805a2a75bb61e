package dev.lekha.connectors.razorpay;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Razorpay's REST API (orders, payments, refunds, settlements, settlement reconciliation report) over the JDK HTTP
 * client, without Razorpay's SDK (it targets Java 8, pulls an old okhttp and reads bytes in the platform charset).
 *
 * <p>Key id/secret go in HTTP Basic auth. Amounts cross the wire in paise and are rupees (BigDecimal) on our side.
 * Answers: 2xx -> the entity; 400/404/409/422 -> {@link RazorpayBadRequestException}; 401/403 ->
 * {@link RazorpayAuthenticationException}; 429, 5xx, timeouts and I/O errors are retried with exponential backoff and
 * full jitter (honouring {@code Retry-After}) up to {@link RazorpayClientSettings.RetrySettings#maxAttempts()}, then
 * {@link RazorpayUnavailableException}. Each attempt goes through a circuit breaker that counts unavailable answers;
 * when it is open calls fail at once without reaching Razorpay. Every attempt is told to the exchange listener.
 *
 * <p>Retrying a POST after a timeout may repeat it: refunds carry {@code X-Refund-Idempotency} so Razorpay refunds
 * once; a repeated order creation leaves an unpaid order (harmless); a repeated capture is refused as already
 * captured.
 */
public class RazorpayClient {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final int RECON_PAGE_SIZE = 1000;
    private static final Logger log = LoggerFactory.getLogger(RazorpayClient.class);

    private final RazorpayClientSettings settings;
    private final RazorpayExchangeListener listener;
    private final Pause pause;
    private final DoubleSupplier random;
    private final HttpClient http;
    private final JsonMapper json = RazorpayJson.mapper();
    private final CircuitBreaker circuitBreaker;
    private final String authorization;

    public RazorpayClient(RazorpayClientSettings settings, RazorpayExchangeListener listener) {
        this(settings, listener, d -> Thread.sleep(d.toMillis()), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param pause  how to wait between attempts
     * @param random uniform in [0, 1), for the jitter
     */
    public RazorpayClient(RazorpayClientSettings settings, RazorpayExchangeListener listener, Pause pause,
                          DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.random = Objects.requireNonNull(random, "random");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        RazorpayClientSettings.CircuitBreakerSettings cb = settings.circuitBreaker();
        this.circuitBreaker = CircuitBreaker.of("razorpay", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .failureRateThreshold(cb.failureRatePercent())
                .waitDurationInOpenState(cb.openDuration())
                .recordExceptions(RazorpayUnavailableException.class)
                .build());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.keyId() + ":" + settings.keySecret()).getBytes(StandardCharsets.UTF_8));
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    // ---- orders

    /** {@code POST /v1/orders}. */
    public RazorpayOrder createOrder(NewOrder order) {
        ObjectNode body = json.createObjectNode();
        body.put("amount", Paise.fromRupees(order.amount()));
        body.put("currency", order.currency());
        if (order.receipt() != null) {
            body.put("receipt", order.receipt());
        }
        putNotes(body, order.notes());
        return RazorpayJson.order(call("create-order", "POST", "/v1/orders", body, null));
    }

    /** {@code GET /v1/orders/:id}. */
    public RazorpayOrder order(String orderId) {
        return RazorpayJson.order(call("fetch-order", "GET", "/v1/orders/" + id(orderId), null, null));
    }

    // ---- payments

    /** {@code GET /v1/payments/:id}. */
    public RazorpayPayment payment(String paymentId) {
        return RazorpayJson.payment(call("fetch-payment", "GET", "/v1/payments/" + id(paymentId), null, null));
    }

    /** {@code POST /v1/payments/:id/capture}: captures an authorized payment for {@code amount} (its full amount). */
    public RazorpayPayment capture(String paymentId, BigDecimal amount, String currency) {
        ObjectNode body = json.createObjectNode();
        body.put("amount", Paise.fromRupees(amount));
        body.put("currency", currency == null ? "INR" : currency);
        return RazorpayJson.payment(call("capture-payment", "POST", "/v1/payments/" + id(paymentId) + "/capture", body, null));
    }

    /** {@code GET /v1/payments?from&to&count&skip}: one page, newest first; from/to in Unix seconds, may be null. */
    public List<RazorpayPayment> payments(Long from, Long to, int count, int skip) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("from", from);
        q.put("to", to);
        q.put("count", count);
        q.put("skip", skip);
        return items(call("list-payments", "GET", "/v1/payments" + query(q), null, null), RazorpayJson::payment);
    }

    /** {@code GET /v1/orders/:id/payments}. */
    public List<RazorpayPayment> paymentsOfOrder(String orderId) {
        return items(call("order-payments", "GET", "/v1/orders/" + id(orderId) + "/payments", null, null),
                RazorpayJson::payment);
    }

    // ---- refunds

    /**
     * {@code POST /v1/payments/:id/refund} with {@code X-Refund-Idempotency: idempotencyKey}: the same key returns the
     * refund created the first time, so a retry after a timeout cannot refund twice.
     *
     * @param idempotencyKey required; e.g. our credit note number
     */
    public RazorpayRefund refund(String paymentId, NewRefund refund, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a refund needs an idempotency key (X-Refund-Idempotency)");
        }
        ObjectNode body = json.createObjectNode();
        if (refund.amount() != null) {
            body.put("amount", Paise.fromRupees(refund.amount()));
        }
        if (refund.speed() != null) {
            body.put("speed", refund.speed());
        }
        if (refund.receipt() != null) {
            body.put("receipt", refund.receipt());
        }
        putNotes(body, refund.notes());
        return RazorpayJson.refund(call("create-refund", "POST", "/v1/payments/" + id(paymentId) + "/refund", body,
                idempotencyKey));
    }

    /** {@code GET /v1/refunds/:id}. */
    public RazorpayRefund refundById(String refundId) {
        return RazorpayJson.refund(call("fetch-refund", "GET", "/v1/refunds/" + id(refundId), null, null));
    }

    // ---- settlements

    /** {@code GET /v1/settlements?from&to&count&skip}: one page. */
    public List<RazorpaySettlement> settlements(Long from, Long to, int count, int skip) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("from", from);
        q.put("to", to);
        q.put("count", count);
        q.put("skip", skip);
        return items(call("list-settlements", "GET", "/v1/settlements" + query(q), null, null), RazorpayJson::settlement);
    }

    /** {@code GET /v1/settlements/:id}. */
    public RazorpaySettlement settlement(String settlementId) {
        return RazorpayJson.settlement(call("fetch-settlement", "GET", "/v1/settlements/" + id(settlementId), null, null));
    }

    /**
     * The settlement reconciliation report of one day ({@code GET /v1/settlements/recon/combined?year&month&day}),
     * every page ({@code count=1000}, {@code skip} advanced until a short page).
     */
    public List<SettlementReconItem> settlementRecon(LocalDate day) {
        List<SettlementReconItem> all = new ArrayList<>();
        for (int skip = 0; ; skip += RECON_PAGE_SIZE) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("year", day.getYear());
            q.put("month", day.getMonthValue());
            q.put("day", day.getDayOfMonth());
            q.put("count", RECON_PAGE_SIZE);
            q.put("skip", skip);
            List<SettlementReconItem> page = items(call("settlement-recon", "GET", "/v1/settlements/recon/combined"
                    + query(q), null, null), RazorpayJson::reconItem);
            all.addAll(page);
            if (page.size() < RECON_PAGE_SIZE) {
                return all;
            }
        }
    }

    // ---- transport

    private JsonNode call(String operation, String method, String path, JsonNode body, String idempotencyKey) {
        RazorpayClientSettings.RetrySettings retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            int thisAttempt = attempt;
            Attempt outcome;
            try {
                outcome = circuitBreaker.executeSupplier(() -> send(operation, method, path, body, idempotencyKey, thisAttempt));
            } catch (CallNotPermittedException open) {
                throw new RazorpayUnavailableException("Razorpay " + operation + " not attempted: the circuit breaker is"
                        + " open after repeated failures; try again later", 0, null, false, open);
            } catch (RazorpayUnavailableException unavailable) {
                if (attempt >= retry.maxAttempts()) {
                    throw new RazorpayUnavailableException(unavailable.getMessage() + " (gave up after " + attempt
                            + " attempts)", unavailable.httpStatus(), unavailable.error(), unavailable.timedOut(), unavailable);
                }
                Duration wait = backoff(attempt, unavailable instanceof RetryAfter ra ? ra.retryAfter : null);
                try {
                    pause.pause(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw unavailable;
                }
                continue;
            }
            return outcome.body;
        }
    }

    /** Full jitter: uniform in [0, min(max, initial * 2^(attempt-1))]; Retry-After (capped) when Razorpay sent it. */
    Duration backoff(int attempt, Duration retryAfter) {
        Duration max = settings.retry().maxBackoff();
        if (retryAfter != null) {
            return retryAfter.compareTo(max) > 0 ? max : retryAfter;
        }
        long ceiling = settings.retry().initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        ceiling = Math.min(ceiling, max.toMillis());
        return Duration.ofMillis((long) (random.getAsDouble() * (ceiling + 1)));
    }

    private record Attempt(JsonNode body) {
    }

    /** An unavailable answer that said when to come back. */
    private static final class RetryAfter extends RazorpayUnavailableException {
        private final Duration retryAfter;

        RetryAfter(String message, int status, RazorpayError error, Duration retryAfter) {
            super(message, status, error, false, null);
            this.retryAfter = retryAfter;
        }
    }

    private Attempt send(String operation, String method, String path, JsonNode body, String idempotencyKey, int attempt) {
        String url = settings.base() + path;
        String requestText = body == null ? null : body.toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout())
                .header("Authorization", authorization).header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("X-Refund-Idempotency", idempotencyKey);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(requestText, StandardCharsets.UTF_8));
        }
        String recorded = idempotencyKey == null ? requestText
                : "X-Refund-Idempotency: " + idempotencyKey + (requestText == null ? "" : "\n" + requestText);
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            tell(operation, method, url, recorded, null, 0, attempt, started, RazorpayExchange.Outcome.TIMEOUT,
                    "no answer within " + settings.requestTimeout());
            throw new RazorpayUnavailableException("Razorpay " + operation + " timed out after "
                    + settings.requestTimeout() + " (it may have been processed)", 0, null, true, e);
        } catch (IOException e) {
            tell(operation, method, url, recorded, null, 0, attempt, started, RazorpayExchange.Outcome.FAILURE, e.toString());
            throw new RazorpayUnavailableException("Razorpay " + operation + " could not be reached at "
                    + settings.base() + ": " + e.getMessage(), 0, null, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RazorpayUnavailableException("interrupted while calling Razorpay " + operation, 0, null, false, e);
        }
        int status = response.statusCode();
        JsonNode answer = null;
        try {
            answer = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
        } catch (JacksonException unreadable) {
            // handled below by status: a 2xx without JSON is unusable, an error page keeps its status
        }
        RazorpayError error = status >= 300 ? RazorpayJson.error(answer) : null;
        String what = "Razorpay " + operation + " " + method + " " + path + " answered HTTP " + status
                + (error == null ? "" : ": " + error.summary());
        if (status >= 200 && status < 300 && answer != null) {
            tell(operation, method, url, recorded, response.body(), status, attempt, started, RazorpayExchange.Outcome.SUCCESS, null);
            return new Attempt(answer);
        }
        tell(operation, method, url, recorded, response.body(), status, attempt, started, RazorpayExchange.Outcome.FAILURE,
                status < 300 ? "unreadable answer" : what);
        if (status >= 200 && status < 300) {
            throw new RazorpayUnavailableException("Razorpay " + operation + " answered HTTP " + status
                    + " without a JSON body", status, null, false, null);
        }
        if (status == 401 || status == 403) {
            throw new RazorpayAuthenticationException(what + " — check lekha.razorpay.key-id/key-secret", status, error);
        }
        if (status == 429 || status >= 500) {
            Duration retryAfter = response.headers().firstValue("Retry-After").map(RazorpayClient::seconds).orElse(null);
            throw retryAfter == null ? new RazorpayUnavailableException(what, status, error, false, null)
                    : new RetryAfter(what, status, error, retryAfter);
        }
        throw new RazorpayBadRequestException(what, status, error);
    }

    private static Duration seconds(String retryAfter) {
        try {
            long s = Long.parseLong(retryAfter.trim());
            return s < 0 ? null : Duration.ofSeconds(s);
        } catch (NumberFormatException httpDate) {
            return null; // an HTTP-date: fall back to our own backoff
        }
    }

    private void tell(String operation, String method, String url, String request, String response, int status,
                      int attempt, long started, RazorpayExchange.Outcome outcome, String error) {
        try {
            listener.exchanged(new RazorpayExchange(operation, method, url, request, response, status, attempt,
                    (System.nanoTime() - started) / 1_000_000, outcome, error));
        } catch (RuntimeException e) {
            log.warn("Recording a Razorpay exchange failed: {}", e.toString());
        }
    }

    private <T> List<T> items(JsonNode collection, Function<JsonNode, T> reader) {
        JsonNode items = collection.path("items");
        if (!items.isArray()) {
            throw new RazorpayUnavailableException("Razorpay answered a collection without 'items'", 200, null, false, null);
        }
        List<T> out = new ArrayList<>(items.size());
        items.forEach(n -> out.add(reader.apply(n)));
        return out;
    }

    private static void putNotes(ObjectNode body, Map<String, String> notes) {
        if (!notes.isEmpty()) {
            ObjectNode n = body.putObject("notes");
            notes.forEach(n::put);
        }
    }

    private static String id(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("not a Razorpay id: " + id);
        }
        return id;
    }

    private static String query(Map<String, Object> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null) {
                q.append(q.isEmpty() ? '?' : '&').append(k).append('=')
                        .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }
}

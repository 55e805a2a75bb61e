package dev.lekha.connectors.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.connectors.razorpay.sandbox.RazorpaySandbox;
import dev.lekha.connectors.sandbox.MutableClock;
import dev.lekha.connectors.sandbox.SandboxHttpServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the Razorpay sandbox over real HTTP: auth, errors, retries, idempotent refunds, settlements. */
class RazorpayClientTest {

    private static final String KEY_ID = "rzp_test_clienttest01";
    private static final String SECRET = "client-test-secret";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T06:30:00Z"));
    private final RazorpaySandbox sandbox = new RazorpaySandbox(KEY_ID, SECRET, "webhook-secret", clock,
            (url, headers, body) -> 200);
    private SandboxHttpServer server;
    private final List<RazorpayExchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new SandboxHttpServer("/sandbox/razorpay", sandbox);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RazorpayClient client(String secret, RazorpayClientSettings.CircuitBreakerSettings cb) {
        var settings = new RazorpayClientSettings(server.baseUri(), KEY_ID, secret, Duration.ofSeconds(2),
                Duration.ofSeconds(5), new RazorpayClientSettings.RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(8)), cb);
        // the pause records instead of sleeping; the jitter draws 0.5 so waits are exact
        return new RazorpayClient(settings, exchanges::add, pauses::add, () -> 0.5);
    }

    private RazorpayClient client() {
        return client(SECRET, RazorpayClientSettings.CircuitBreakerSettings.DEFAULT);
    }

    @Test
    void createsAndFetchesAnOrderWithExactRupees() {
        RazorpayOrder created = client().createOrder(new NewOrder(new BigDecimal("1234.50"), "INR", "INV/2026/0042",
                Map.of("invoice_number", "INV/2026/0042")));

        assertThat(created.id()).startsWith("order_").hasSize(20);
        assertThat(created.amount()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(created.amountDue()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(created.status()).isEqualTo("created");
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-12-04T06:30:00Z"));
        RazorpayOrder fetched = client().order(created.id());
        assertThat(fetched.receipt()).isEqualTo("INV/2026/0042");
        assertThat(fetched.notes()).containsEntry("invoice_number", "INV/2026/0042");
        // on the wire: 123450 paise
        assertThat(exchanges.get(0).request()).contains("\"amount\":123450");
        assertThat(exchanges.get(0).outcome()).isEqualTo(RazorpayExchange.Outcome.SUCCESS);
    }

    @Test
    void anAmountBelowOneRupeeIsABadRequestNamingTheField() {
        assertThatThrownBy(() -> client().createOrder(new NewOrder(new BigDecimal("0.99"), "INR", "R1", null)))
                .isInstanceOfSatisfying(RazorpayBadRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.error().code()).isEqualTo("BAD_REQUEST_ERROR");
                    assertThat(e.error().field()).isEqualTo("amount");
                    assertThat(e.getMessage()).contains("The amount must be atleast INR 1.00").contains("(field amount)");
                });
        assertThat(exchanges).hasSize(1); // a bad request is not retried
        assertThatThrownBy(() -> client().payment("pay_doesnotexist00"))
                .isInstanceOf(RazorpayBadRequestException.class).hasMessageContaining("The id provided does not exist");
    }

    @Test
    void aWrongSecretIsAnAuthenticationFailureWithoutRetries() {
        assertThatThrownBy(() -> client("wrong-secret", RazorpayClientSettings.CircuitBreakerSettings.DEFAULT)
                .order("order_whatever0000001"))
                .isInstanceOf(RazorpayAuthenticationException.class).hasMessageContaining("HTTP 401")
                .hasMessageContaining("key-id/key-secret");
        assertThat(exchanges).hasSize(1);
        // the secret is never in what is recorded
        assertThat(exchanges.get(0).toString()).doesNotContain("wrong-secret");
    }

    @Test
    void tooManyRequestsTwiceThenSuccessHonoursRetryAfter() {
        sandbox.fail(429, 2, 1);

        RazorpayOrder order = client().createOrder(new NewOrder(new BigDecimal("10.00"), "INR", "R-429", null));

        assertThat(order.amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(exchanges).extracting(RazorpayExchange::httpStatus).containsExactly(429, 429, 200);
        assertThat(exchanges).extracting(RazorpayExchange::attempt).containsExactly(1, 2, 3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsBackOffWithFullJitterAndGiveUpAfterMaxAttempts() {
        sandbox.fail(503, 5, -1);

        assertThatThrownBy(() -> client().order("order_whatever0000001"))
                .isInstanceOfSatisfying(RazorpayUnavailableException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("gave up after 4 attempts");
                });
        assertThat(exchanges).hasSize(4);
        // jitter 0.5 of the ceilings 500, 1000, 2000 ms (+1 for the closed interval)
        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void theCircuitBreakerOpensAfterRepeatedFailuresAndStopsCalling() {
        var cb = new RazorpayClientSettings.CircuitBreakerSettings(4, 4, 50f, Duration.ofMinutes(5));
        RazorpayClient client = client(SECRET, cb);
        sandbox.fail(500, 4, -1);
        assertThatThrownBy(() -> client.order("order_whatever0000001")).isInstanceOf(RazorpayUnavailableException.class);
        int made = exchanges.size();

        assertThatThrownBy(() -> client.order("order_whatever0000001"))
                .isInstanceOf(RazorpayUnavailableException.class).hasMessageContaining("circuit breaker is open");
        assertThat(exchanges).hasSize(made);
    }

    @Test
    void refundsAreIdempotentByKey() {
        RazorpayClient client = client();
        RazorpayOrder order = client.createOrder(new NewOrder(new BigDecimal("500.00"), "INR", "INV-7", null));
        sandbox.pay(order.id(), "card");
        String paymentId = client.paymentsOfOrder(order.id()).get(0).id();

        RazorpayRefund first = client.refund(paymentId, new NewRefund(new BigDecimal("120.25"), null, "CN-1", null), "CN-1");
        RazorpayRefund again = client.refund(paymentId, new NewRefund(new BigDecimal("120.25"), null, "CN-1", null), "CN-1");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.amount()).isEqualTo(new BigDecimal("120.25"));
        assertThat(client.payment(paymentId).amountRefunded()).isEqualTo(new BigDecimal("120.25"));
        assertThat(client.refundById(first.id()).status()).isEqualTo("processed");
        assertThat(exchanges.stream().filter(x -> x.operation().equals("create-refund")).toList())
                .allSatisfy(x -> assertThat(x.request()).startsWith("X-Refund-Idempotency: CN-1"));
        assertThatThrownBy(() -> client.refund(paymentId, new NewRefund(new BigDecimal("400.00"), null, null, null), "CN-2"))
                .isInstanceOf(RazorpayBadRequestException.class)
                .hasMessageContaining("The refund amount provided is greater than amount captured");
    }

    @Test
    void aSettlementNetsPaymentsRefundsAndFeesWithGst() {
        RazorpayClient client = client();
        RazorpayOrder order = client.createOrder(new NewOrder(new BigDecimal("1000.00"), "INR", "INV-9", null));
        sandbox.pay(order.id(), "upi");
        RazorpayPayment payment = client.paymentsOfOrder(order.id()).get(0);
        // 2 % of 1000.00 = 20.00, GST 18 % of that = 3.60: fee 23.60 including tax
        assertThat(payment.fee()).isEqualTo(new BigDecimal("23.60"));
        assertThat(payment.tax()).isEqualTo(new BigDecimal("3.60"));
        client.refund(payment.id(), new NewRefund(new BigDecimal("100.00"), null, null, null), "R-9");

        sandbox.settle(LocalDate.of(2026, 12, 5));

        RazorpaySettlement settlement = client.settlements(null, null, 10, 0).get(0);
        // 1000.00 - 23.60 - 100.00
        assertThat(settlement.amount()).isEqualTo(new BigDecimal("876.40"));
        assertThat(settlement.fees()).isEqualTo(new BigDecimal("23.60"));
        assertThat(settlement.tax()).isEqualTo(new BigDecimal("3.60"));
        assertThat(client.settlement(settlement.id()).utr()).isEqualTo(settlement.utr());
        List<SettlementReconItem> items = client.settlementRecon(LocalDate.of(2026, 12, 5));
        assertThat(items).extracting(SettlementReconItem::type).containsExactly("payment", "refund");
        assertThat(items.get(0).credit()).isEqualTo(new BigDecimal("976.40"));
        assertThat(items.get(0).orderReceipt()).isEqualTo("INV-9");
        assertThat(items.get(1).debit()).isEqualTo(new BigDecimal("100.00"));
        assertThat(items).allSatisfy(i -> assertThat(i.settlementId()).isEqualTo(settlement.id()));
        assertThat(client.settlementRecon(LocalDate.of(2026, 12, 6))).isEmpty();
    }
}

package dev.lekha.connectors.razorpay.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.connectors.razorpay.RazorpayWebhookEvent;
import dev.lekha.connectors.sandbox.MutableClock;
import dev.lekha.connectors.sandbox.SandboxRequest;
import dev.lekha.connectors.sandbox.SandboxResponse;
import dev.lekha.connectors.webhook.HmacSignatureVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RazorpaySandboxWebhooksTest {

    private record Sent(Map<String, String> headers, byte[] body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final RazorpaySandbox sandbox = new RazorpaySandbox("rzp_test_webhooks0001", "s3cret", "whsec-test",
            new MutableClock(Instant.parse("2026-12-04T06:30:00Z")), (url, headers, body) -> {
                sent.add(new Sent(headers, body));
                return 200;
            });

    private String createOrder(long paise) {
        String auth = "Basic " + Base64.getEncoder().encodeToString("rzp_test_webhooks0001:s3cret".getBytes(StandardCharsets.UTF_8));
        SandboxResponse r = sandbox.handle(new SandboxRequest("POST", "/v1/orders", Map.of("Authorization", auth), Map.of(),
                "{\"amount\":" + paise + ",\"currency\":\"INR\",\"receipt\":\"INV-1\"}"));
        assertThat(r.httpStatus()).isEqualTo(200);
        return r.body().replaceAll(".*\"id\":\"(order_[A-Za-z0-9]+)\".*", "$1");
    }

    @Test
    void paymentWebhooksAreSignedWithTheWebhookSecretAndCarryAnEventId() {
        sandbox.webhooks(URI.create("http://receiver.example/webhooks/razorpay"), false, false);

        sandbox.pay(createOrder(25_000), "upi");

        assertThat(sent).hasSize(2);
        HmacSignatureVerifier verifier = new HmacSignatureVerifier("whsec-test");
        for (Sent s : sent) {
            assertThat(verifier.verify(s.body(), s.headers().get("X-Razorpay-Signature"))).isTrue();
            assertThat(s.headers().get("x-razorpay-event-id")).startsWith("evt_");
        }
        assertThat(RazorpayWebhookEvent.parse(sent.get(0).body()).event()).isEqualTo("payment.captured");
        RazorpayWebhookEvent paid = RazorpayWebhookEvent.parse(sent.get(1).body());
        assertThat(paid.event()).isEqualTo("order.paid");
        assertThat(paid.order().receipt()).isEqualTo("INV-1");
        assertThat(paid.payment().amount()).isEqualByComparingTo("250.00");
    }

    @Test
    void canDeliverTwiceAndInReverseOrder() {
        sandbox.webhooks(URI.create("http://receiver.example/webhooks/razorpay"), true, true);

        sandbox.pay(createOrder(10_000), "card");

        assertThat(sandbox.deliveries()).extracting(RazorpaySandbox.Delivery::event)
                .containsExactly("order.paid", "order.paid", "payment.captured", "payment.captured");
        assertThat(sent.get(0).headers().get("x-razorpay-event-id")).isEqualTo(sent.get(1).headers().get("x-razorpay-event-id"));
        assertThat(sent.get(0).headers().get("x-razorpay-event-id")).isNotEqualTo(sent.get(2).headers().get("x-razorpay-event-id"));
    }

    @Test
    void feeIsTwoPercentPlusEighteenPercentGstRoundedHalfUp() {
        // 12345 paise: 2 % = 246.9 -> 247; 18 % of 247 = 44.46 -> 44; fee 291 including tax
        assertThat(RazorpaySandbox.gst(12_345)).isEqualTo(44);
        assertThat(RazorpaySandbox.fee(12_345)).isEqualTo(291);
    }
}

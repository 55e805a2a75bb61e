package dev.lekha.connectors.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lekha.connectors.webhook.HmacSignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Razorpay's webhook signature (hex HMAC-SHA256 of the raw body) checked against the official SDK vectors. */
class RazorpayWebhookSignatureTest {

    @Test
    void razorpayJavaSdkVectorVerifies() {
        // razorpay/razorpay-java src/test/java/com/razorpay/UtilsTest.java#verifyWebhookSignature
        // (commit 14287c01ab60a757816ebc506cba2c80cd2b24f0): payload, secret and expected signature
        byte[] payload = "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}".getBytes(StandardCharsets.UTF_8);
        HmacSignatureVerifier verifier = new HmacSignatureVerifier("123456");

        assertThat(verifier.verify(payload, "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc")).isTrue();
        assertThat(verifier.signHex(payload)).isEqualTo("2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc");
        // one byte changed, or the wrong secret: refused
        assertThat(verifier.verify("{\"a\":1,\"b\":2,\"c\":{\"d\":4}}".getBytes(StandardCharsets.UTF_8),
                "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc")).isFalse();
        assertThat(new HmacSignatureVerifier("1234567").verify(payload,
                "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc")).isFalse();
    }

    @Test
    void razorpayPythonSdkWebhookVectorVerifiesOverTheExactBytes() throws Exception {
        // razorpay/razorpay-python tests/mocks/fake_payment_authorized_webhook.json (cd8b9b5e), signed in
        // tests/test_client_utility.py with secret "key_secret"; the trailing newline is part of the signed bytes.
        Path body = Path.of("/work/shared/fixtures/integrations/razorpay/sdkpy_fake_payment_authorized_webhook.json");
        assumeTrue(Files.isRegularFile(body), "shared fixtures not present");
        byte[] raw = Files.readAllBytes(body);
        String expected = "d60e67fd884556c045e9be7dad57903e33efc7172c17c6e3ef77db42d2b366e9";

        assertThat(new HmacSignatureVerifier("key_secret").verify(raw, expected)).isTrue();
        // without the trailing newline the body is other bytes: the signature must not match
        byte[] trimmed = new String(raw, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        assertThat(new HmacSignatureVerifier("key_secret").verify(trimmed, expected)).isFalse();

        RazorpayWebhookEvent event = RazorpayWebhookEvent.parse(raw);
        assertThat(event.event()).isEqualTo("payment.authorized");
        assertThat(event.payment().amount()).isEqualByComparingTo("10000.00");
        assertThat(event.payment().fee()).isEqualByComparingTo("230.00");
        assertThat(event.payment().tax()).isEqualByComparingTo("30.00"); // old field name service_tax
    }
}

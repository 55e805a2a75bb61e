package dev.lekha.hub.razorpay;

import dev.lekha.connectors.webhook.HmacSignatureVerifier;

/** The configured webhook secret's verifier, as a bean so the secret is read once. */
final class RazorpayWebhookVerifier {

    private final HmacSignatureVerifier verifier;

    RazorpayWebhookVerifier(String secret) {
        this.verifier = new HmacSignatureVerifier(secret);
    }

    boolean verify(byte[] body, String signature) {
        return verifier.verify(body, signature);
    }
}

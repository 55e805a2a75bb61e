package dev.lekha.connectors.razorpay;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A webhook body as Razorpay sends it: {@code {"entity":"event","account_id","event","contains":[...],
 * "payload":{"payment":{"entity":{...}},"refund":{...},"order":{...},"settlement":{...}},"created_at"}}. The
 * entities not in {@code contains} are null. Parse only after the signature was verified on the raw bytes.
 */
public record RazorpayWebhookEvent(String event, String accountId, Instant createdAt, RazorpayPayment payment,
                                   RazorpayRefund refund, RazorpayOrder order, RazorpaySettlement settlement) {

    /**
     * @throws IllegalArgumentException when the body is not such JSON (names what is missing)
     */
    public static RazorpayWebhookEvent parse(byte[] rawBody) {
        JsonNode root;
        try {
            root = RazorpayJson.mapper().readTree(rawBody);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Razorpay webhook body is not JSON: " + e.getOriginalMessage(), e);
        }
        String event = RazorpayJson.text(root, "event");
        if (event == null || !root.path("payload").isObject()) {
            throw new IllegalArgumentException("Razorpay webhook body has no 'event' or no 'payload' object");
        }
        JsonNode payload = root.path("payload");
        JsonNode created = root.path("created_at");
        return new RazorpayWebhookEvent(event, RazorpayJson.text(root, "account_id"),
                created.isIntegralNumber() ? Instant.ofEpochSecond(created.longValue()) : null,
                entity(payload, "payment") == null ? null : RazorpayJson.payment(entity(payload, "payment")),
                entity(payload, "refund") == null ? null : RazorpayJson.refund(entity(payload, "refund")),
                entity(payload, "order") == null ? null : RazorpayJson.order(entity(payload, "order")),
                entity(payload, "settlement") == null ? null : RazorpayJson.settlement(entity(payload, "settlement")));
    }

    private static JsonNode entity(JsonNode payload, String name) {
        JsonNode e = payload.path(name).path("entity");
        return e.isObject() ? e : null;
    }
}

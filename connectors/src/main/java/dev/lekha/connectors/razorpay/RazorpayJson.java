package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Razorpay's JSON entities into our records: amounts (integers in paise) to rupees exactly, Unix seconds to
 * instants, {@code notes} (an object, or {@code []} when empty, as Razorpay sends it) to a map. Unknown fields are
 * ignored: Razorpay adds fields without notice.
 */
public final class RazorpayJson {

    private RazorpayJson() {
    }

    /** A mapper that reads big numbers exactly and ignores unknown fields; a new instance each call. */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public static RazorpayOrder order(JsonNode n) {
        return new RazorpayOrder(text(n, "id"), rupees(n, "amount"), rupees(n, "amount_paid"), rupees(n, "amount_due"),
                text(n, "currency"), text(n, "receipt"), text(n, "status"), n.path("attempts").asInt(0), notes(n),
                instant(n, "created_at"));
    }

    public static RazorpayPayment payment(JsonNode n) {
        return new RazorpayPayment(text(n, "id"), rupees(n, "amount"), text(n, "currency"), text(n, "status"),
                text(n, "order_id"), text(n, "method"), rupees(n, "amount_refunded"), n.path("captured").asBoolean(false),
                rupees(n, "fee"), n.has("tax") ? rupees(n, "tax") : rupees(n, "service_tax"), text(n, "email"),
                text(n, "contact"), notes(n), text(n, "error_code"), text(n, "error_description"),
                instant(n, "created_at"));
    }

    public static RazorpayRefund refund(JsonNode n) {
        return new RazorpayRefund(text(n, "id"), text(n, "payment_id"), rupees(n, "amount"), text(n, "currency"),
                text(n, "status"), text(n, "receipt"), notes(n), text(n, "speed_processed"), instant(n, "created_at"));
    }

    public static RazorpaySettlement settlement(JsonNode n) {
        return new RazorpaySettlement(text(n, "id"), rupees(n, "amount"), text(n, "status"), rupees(n, "fees"),
                rupees(n, "tax"), text(n, "utr"), instant(n, "created_at"));
    }

    public static SettlementReconItem reconItem(JsonNode n) {
        JsonNode notes = n.path("notes");
        String notesText = notes.isMissingNode() || notes.isNull() ? null
                : notes.isString() ? notes.stringValue() : notes.toString();
        return new SettlementReconItem(text(n, "entity_id"), text(n, "type"), rupees(n, "debit"), rupees(n, "credit"),
                rupees(n, "amount"), text(n, "currency"), rupees(n, "fee"), rupees(n, "tax"),
                n.path("on_hold").asBoolean(false), n.path("settled").asBoolean(false), instant(n, "created_at"),
                instant(n, "settled_at"), text(n, "settlement_id"), text(n, "description"), notesText,
                text(n, "payment_id"), text(n, "settlement_utr"), text(n, "order_id"), text(n, "order_receipt"),
                text(n, "method"));
    }

    /** Razorpay's error body, or null when {@code body} has no {@code error} object. */
    public static RazorpayError error(JsonNode body) {
        JsonNode e = body == null ? null : body.path("error");
        if (e == null || !e.isObject()) {
            return null;
        }
        return new RazorpayError(text(e, "code"), text(e, "description"), text(e, "field"), text(e, "source"),
                text(e, "step"), text(e, "reason"));
    }

    /** The member as text, or null when missing or JSON null. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        return v.isString() ? v.stringValue() : v.toString();
    }

    /** An integer paise member as rupees, or null when missing/null. */
    public static BigDecimal rupees(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException("Razorpay field " + field + " must be an integer number of paise, got " + v);
        }
        return Paise.toRupees(v.longValue());
    }

    private static Instant instant(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isIntegralNumber() ? Instant.ofEpochSecond(v.longValue()) : null;
    }

    private static Map<String, String> notes(JsonNode n) {
        JsonNode notes = n.path("notes");
        Map<String, String> out = new LinkedHashMap<>();
        if (notes.isObject()) {
            for (Map.Entry<String, JsonNode> e : notes.properties()) {
                out.put(e.getKey(), e.getValue().isString() ? e.getValue().stringValue() : e.getValue().toString());
            }
        }
        return out;
    }
}

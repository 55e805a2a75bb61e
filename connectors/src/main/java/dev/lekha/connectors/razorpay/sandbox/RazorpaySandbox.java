package dev.lekha.connectors.razorpay.sandbox;

import dev.lekha.connectors.sandbox.SandboxEngine;
import dev.lekha.connectors.sandbox.SandboxRequest;
import dev.lekha.connectors.sandbox.SandboxResponse;
import dev.lekha.connectors.webhook.HmacSignatureVerifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import dev.lekha.connectors.razorpay.RazorpayJson;

/**
 * A faithful, in-memory Razorpay: the API paths the client uses, HTTP Basic auth on the sandbox's own key id/secret,
 * Razorpay's error body and messages for bad input, refund idempotency by {@code X-Refund-Idempotency}, and webhooks
 * signed with {@code X-Razorpay-Signature} = hex HMAC-SHA256(raw body, webhook secret) and an
 * {@code x-razorpay-event-id} header.
 *
 * <p>Controls for tests and demos under {@code /_sandbox/} (no auth; Razorpay has none of these):
 * <ul>
 *   <li>{@code POST /_sandbox/orders/{id}/pay} {@code {"method":"upi"}}: a customer pays the order; the payment is
 *       authorized and captured at once (auto-capture); webhooks payment.captured and order.paid;</li>
 *   <li>{@code POST /_sandbox/orders/{id}/fail}: a failed attempt; webhook payment.failed;</li>
 *   <li>{@code POST /_sandbox/settle} {@code {"date":"2026-12-05"}}: settles every captured payment and processed
 *       refund not yet settled; webhook settlement.processed;</li>
 *   <li>{@code POST /_sandbox/faults} {@code {"status":429,"times":2,"retry_after":0}}: the next API calls fail;</li>
 *   <li>{@code POST /_sandbox/webhooks} {@code {"url":"http://...","duplicate":false,"reverse":false}}: where
 *       webhooks go; {@code duplicate} sends each twice (same event id), {@code reverse} sends one action's events
 *       newest first.</li>
 * </ul>
 *
 * <p>Fees: 2 % of the payment plus 18 % GST on that fee, each rounded half-up to the paisa; as on Razorpay,
 * {@code fee} includes {@code tax}, a payment's recon credit is amount - fee, and a settlement's amount is
 * payments - refunds - fees (fees including their GST).
 */
public class RazorpaySandbox implements SandboxEngine {

    public static final String DEFAULT_KEY_ID = "rzp_test_lekhasandbox";
    public static final String DEFAULT_KEY_SECRET = "lekha-sandbox-key-secret";
    static final long MIN_AMOUNT_PAISE = 100;
    private static final BigDecimal FEE_RATE = new BigDecimal("0.02");
    private static final BigDecimal GST_RATE = new BigDecimal("0.18");
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final Pattern ID_PATH = Pattern.compile("/v1/(orders|payments|refunds|settlements)/([A-Za-z0-9_]+)(/[a-z]+)?");
    private static final Pattern CONTROL_ORDER = Pattern.compile("/_sandbox/orders/([A-Za-z0-9_]+)/(pay|fail)");
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final String keyId;
    private final byte[] keySecret;
    private final HmacSignatureVerifier signer;
    private final Clock clock;
    private final RazorpayWebhookSender sender;
    private final JsonMapper json = RazorpayJson.mapper();
    private final SecureRandom random = new SecureRandom();

    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final Map<String, ObjectNode> payments = new LinkedHashMap<>();
    private final Map<String, ObjectNode> refunds = new LinkedHashMap<>();
    private final Map<String, ObjectNode> settlements = new LinkedHashMap<>();
    private final List<ObjectNode> reconItems = new ArrayList<>();
    private final Map<String, String> refundByIdempotencyKey = new HashMap<>();
    private final Deque<int[]> faults = new ArrayDeque<>();
    private volatile URI webhookUrl;
    private volatile boolean duplicateWebhooks;
    private volatile boolean reverseWebhooks;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> pending = new ArrayList<>();

    /** One webhook sent: its event, id, body and the receiver's HTTP status (0: unreachable). */
    public record Delivery(String event, String eventId, String body, String signature, int httpStatus) {
    }

    /**
     * @param webhookSecret the secret webhooks are signed with (the receiver's {@code lekha.razorpay.webhook-secret})
     */
    public RazorpaySandbox(String keyId, String keySecret, String webhookSecret, Clock clock, RazorpayWebhookSender sender) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.keySecret = Objects.requireNonNull(keySecret, "keySecret").getBytes(StandardCharsets.UTF_8);
        this.signer = new HmacSignatureVerifier(Objects.requireNonNull(webhookSecret, "webhookSecret"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    // ---- controls as Java calls (the /_sandbox/ paths call these)

    /** Where webhooks go (null: nowhere), and whether each is sent twice and one action's events in reverse order. */
    public void webhooks(URI url, boolean duplicate, boolean reverse) {
        this.webhookUrl = url;
        this.duplicateWebhooks = duplicate;
        this.reverseWebhooks = reverse;
    }

    /** The next {@code times} API calls answer {@code status} (429 or 5xx), with Retry-After when {@code retryAfterSeconds >= 0}. */
    public synchronized void fail(int status, int times, int retryAfterSeconds) {
        for (int i = 0; i < times; i++) {
            faults.add(new int[] {status, retryAfterSeconds});
        }
    }

    /** Every webhook sent so far, in order. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** A customer pays the order in full with {@code method}; returns the captured payment's JSON. */
    public String pay(String orderId, String method) {
        List<ObjectNode> events = new ArrayList<>();
        ObjectNode payment;
        synchronized (this) {
            ObjectNode order = orders.get(orderId);
            if (order == null) {
                throw new IllegalArgumentException("no order " + orderId);
            }
            if ("paid".equals(order.path("status").stringValue())) {
                throw new IllegalStateException("order " + orderId + " is already paid");
            }
            long amount = order.path("amount").longValue();
            payment = newPayment(order, method, "captured");
            long fee = fee(amount);
            payment.put("fee", fee);
            payment.put("tax", gst(amount));
            payment.put("captured", true);
            order.put("status", "paid").put("amount_paid", amount).put("amount_due", 0)
                    .put("attempts", order.path("attempts").asInt() + 1);
            events.add(event("payment.captured", Map.of("payment", payment.deepCopy())));
            events.add(event("order.paid", Map.of("payment", payment.deepCopy(), "order", order.deepCopy())));
        }
        deliver(events);
        return payment.toString();
    }

    /** A customer's attempt to pay the order fails (bank declined); returns the failed payment's JSON. */
    public String failPayment(String orderId, String method) {
        ObjectNode payment;
        List<ObjectNode> events = new ArrayList<>();
        synchronized (this) {
            ObjectNode order = orders.get(orderId);
            if (order == null) {
                throw new IllegalArgumentException("no order " + orderId);
            }
            payment = newPayment(order, method, "failed");
            payment.put("error_code", "BAD_REQUEST_ERROR").put("error_description", "Payment failed")
                    .put("error_source", "bank").put("error_step", "payment_authorization")
                    .put("error_reason", "payment_failed");
            order.put("status", "attempted").put("attempts", order.path("attempts").asInt() + 1);
            events.add(event("payment.failed", Map.of("payment", payment.deepCopy())));
        }
        deliver(events);
        return payment.toString();
    }

    /**
     * Settles every captured payment and processed refund not settled yet, as of {@code day} (Asia/Kolkata noon);
     * returns the settlement's JSON, or null when there was nothing to settle.
     */
    public String settle(LocalDate day) {
        ObjectNode settlement;
        List<ObjectNode> events = new ArrayList<>();
        synchronized (this) {
            List<ObjectNode> duePayments = payments.values().stream()
                    .filter(p -> p.path("captured").asBoolean() && p.path("settlement_id").isMissingNode()).toList();
            List<ObjectNode> dueRefunds = refunds.values().stream()
                    .filter(r -> "processed".equals(r.path("status").stringValue()) && r.path("settlement_id").isMissingNode())
                    .toList();
            if (duePayments.isEmpty() && dueRefunds.isEmpty()) {
                return null;
            }
            String id = newId("setl");
            String utr = "RZPSBX" + day.toString().replace("-", "") + id.substring(5, 11).toUpperCase();
            long settledAt = day.atTime(12, 0).atZone(IST).toEpochSecond();
            long credits = 0;
            long debits = 0;
            long fees = 0;
            long tax = 0;
            for (ObjectNode p : duePayments) {
                long amount = p.path("amount").longValue();
                long fee = p.path("fee").longValue();
                credits += amount - fee;
                fees += fee;
                tax += p.path("tax").longValue();
                p.put("settlement_id", id);
                ObjectNode order = orders.get(p.path("order_id").stringValue());
                reconItems.add(item(p.path("id").stringValue(), "payment", 0, amount - fee, amount, fee,
                        p.path("tax").longValue(), p.path("created_at").longValue(), settledAt, id, utr, null,
                        p.path("order_id").stringValue(), order == null ? null : order.path("receipt").stringValue(),
                        p.path("method").stringValue()));
            }
            for (ObjectNode r : dueRefunds) {
                long amount = r.path("amount").longValue();
                debits += amount;
                r.put("settlement_id", id);
                ObjectNode payment = payments.get(r.path("payment_id").stringValue());
                String orderId = payment == null ? null : payment.path("order_id").stringValue();
                ObjectNode order = orderId == null ? null : orders.get(orderId);
                reconItems.add(item(r.path("id").stringValue(), "refund", amount, 0, amount, 0, 0,
                        r.path("created_at").longValue(), settledAt, id, utr, r.path("payment_id").stringValue(),
                        orderId, order == null ? null : order.path("receipt").stringValue(),
                        payment == null ? null : payment.path("method").stringValue()));
            }
            settlement = json.createObjectNode();
            settlement.put("id", id).put("entity", "settlement").put("amount", credits - debits)
                    .put("status", "processed").put("fees", fees).put("tax", tax).put("utr", utr)
                    .put("created_at", settledAt);
            settlements.put(id, settlement);
            events.add(event("settlement.processed", Map.of("settlement", settlement.deepCopy())));
        }
        deliver(events);
        return settlement.toString();
    }

    /** Razorpay's fee on {@code amountPaise}: 2 % plus 18 % GST on it, each rounded half-up; includes the GST. */
    public static long fee(long amountPaise) {
        return baseFee(amountPaise) + gst(amountPaise);
    }

    /** The GST part of {@link #fee}. */
    public static long gst(long amountPaise) {
        return BigDecimal.valueOf(baseFee(amountPaise)).multiply(GST_RATE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long baseFee(long amountPaise) {
        return BigDecimal.valueOf(amountPaise).multiply(FEE_RATE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    // ---- HTTP

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        try {
            if (request.path().startsWith("/_sandbox/")) {
                return control(request);
            }
            if (!authenticated(request.header("Authorization"))) {
                return error(401, "BAD_REQUEST_ERROR", "Authentication failed", null);
            }
            synchronized (this) {
                int[] fault = faults.poll();
                if (fault != null) {
                    SandboxResponse r = error(fault[0], fault[0] == 429 ? "BAD_REQUEST_ERROR" : "SERVER_ERROR",
                            fault[0] == 429 ? "Too many requests" : "The server encountered an error. The incident has been reported to admins.", null);
                    return fault[1] >= 0 ? r.withHeader("Retry-After", Integer.toString(fault[1])) : r;
                }
            }
            JsonNode body = request.body().isBlank() ? json.createObjectNode() : json.readTree(request.body());
            if (!body.isObject()) {
                return error(400, "BAD_REQUEST_ERROR", "The request body must be a JSON object", null);
            }
            SandboxResponse answer = api(request, (ObjectNode) body);
            deliver(drainPending());
            return answer;
        } catch (JacksonException e) {
            return error(400, "BAD_REQUEST_ERROR", "The request body is not valid JSON", null);
        } catch (Rejected r) {
            return error(400, "BAD_REQUEST_ERROR", r.getMessage(), r.field);
        }
    }

    private synchronized SandboxResponse api(SandboxRequest request, ObjectNode body) {
        String path = request.path();
        String method = request.method();
        if ("POST".equals(method) && path.equals("/v1/orders")) {
            return ok(createOrder(body));
        }
        if ("GET".equals(method) && path.equals("/v1/payments")) {
            return ok(collection(payments.values(), request));
        }
        if ("GET".equals(method) && path.equals("/v1/settlements")) {
            return ok(collection(settlements.values(), request));
        }
        if ("GET".equals(method) && path.equals("/v1/settlements/recon/combined")) {
            return ok(recon(request));
        }
        Matcher m = ID_PATH.matcher(path);
        if (m.matches()) {
            String kind = m.group(1);
            String id = m.group(2);
            String sub = m.group(3);
            Map<String, ObjectNode> store = switch (kind) {
                case "orders" -> orders;
                case "payments" -> payments;
                case "refunds" -> refunds;
                default -> settlements;
            };
            ObjectNode entity = store.get(id);
            if (entity == null) {
                return error(400, "BAD_REQUEST_ERROR", "The id provided does not exist", "id");
            }
            if ("GET".equals(method) && sub == null) {
                return ok(entity);
            }
            if ("GET".equals(method) && "orders".equals(kind) && "/payments".equals(sub)) {
                return ok(collection(payments.values().stream()
                        .filter(p -> id.equals(p.path("order_id").stringValue())).toList(), request));
            }
            if ("POST".equals(method) && "payments".equals(kind) && "/capture".equals(sub)) {
                return ok(capture(entity, body));
            }
            if ("POST".equals(method) && "payments".equals(kind) && "/refund".equals(sub)) {
                return refund(entity, body, request.header("X-Refund-Idempotency"));
            }
        }
        return error(404, "BAD_REQUEST_ERROR", "The requested URL was not found on the server.", null);
    }

    private ObjectNode createOrder(ObjectNode body) {
        long amount = amount(body, true);
        String currency = body.path("currency").isMissingNode() ? "INR" : body.path("currency").asString();
        if (!"INR".equals(currency)) {
            throw new Rejected("The currency should be INR", "currency");
        }
        String receipt = body.path("receipt").isString() ? body.path("receipt").stringValue() : null;
        if (receipt != null && receipt.length() > 40) {
            throw new Rejected("The receipt may not be greater than 40 characters.", "receipt");
        }
        ObjectNode order = json.createObjectNode();
        order.put("id", newId("order")).put("entity", "order").put("amount", amount).put("amount_paid", 0)
                .put("amount_due", amount).put("currency", currency);
        if (receipt == null) {
            order.putNull("receipt");
        } else {
            order.put("receipt", receipt);
        }
        order.putNull("offer_id");
        order.put("status", "created").put("attempts", 0);
        order.set("notes", notes(body));
        order.put("created_at", clock.instant().getEpochSecond());
        orders.put(order.path("id").stringValue(), order);
        return order;
    }

    private ObjectNode capture(ObjectNode payment, ObjectNode body) {
        long amount = amount(body, false);
        String status = payment.path("status").stringValue();
        if (payment.path("captured").asBoolean()) {
            throw new Rejected("This payment has already been captured", null);
        }
        if (!"authorized".equals(status)) {
            throw new Rejected("Only payments which have been authorized and not yet captured can be captured", null);
        }
        if (amount != payment.path("amount").longValue()) {
            throw new Rejected("Capture amount must be equal to the amount authorized", "amount");
        }
        payment.put("status", "captured").put("captured", true).put("fee", fee(amount)).put("tax", gst(amount));
        return payment;
    }

    private SandboxResponse refund(ObjectNode payment, ObjectNode body, String idempotencyKey) {
        if (idempotencyKey != null && refundByIdempotencyKey.containsKey(idempotencyKey)) {
            return ok(refunds.get(refundByIdempotencyKey.get(idempotencyKey)));
        }
        if (!payment.path("captured").asBoolean()) {
            throw new Rejected("The payment has not been captured", null);
        }
        long left = payment.path("amount").longValue() - payment.path("amount_refunded").longValue();
        long amount = body.has("amount") ? amount(body, false) : left;
        if (left == 0) {
            throw new Rejected("The payment has been fully refunded already", null);
        }
        if (amount > left) {
            throw new Rejected("The refund amount provided is greater than amount captured", "amount");
        }
        ObjectNode refund = json.createObjectNode();
        refund.put("id", newId("rfnd")).put("entity", "refund").put("amount", amount).put("currency", "INR")
                .put("payment_id", payment.path("id").stringValue());
        refund.set("notes", notes(body));
        if (body.path("receipt").isString()) {
            refund.put("receipt", body.path("receipt").stringValue());
        } else {
            refund.putNull("receipt");
        }
        refund.putObject("acquirer_data").putNull("arn");
        refund.put("created_at", clock.instant().getEpochSecond()).putNull("batch_id").put("status", "processed")
                .put("speed_processed", "normal")
                .put("speed_requested", body.path("speed").isString() ? body.path("speed").stringValue() : "normal");
        refunds.put(refund.path("id").stringValue(), refund);
        if (idempotencyKey != null) {
            refundByIdempotencyKey.put(idempotencyKey, refund.path("id").stringValue());
        }
        long refunded = payment.path("amount_refunded").longValue() + amount;
        payment.put("amount_refunded", refunded)
                .put("refund_status", refunded == payment.path("amount").longValue() ? "full" : "partial");
        if (refunded == payment.path("amount").longValue()) {
            payment.put("status", "refunded");
        }
        // sent by handle() once the lock is released, as Razorpay sends webhooks after answering
        pending.add(event("refund.processed", Map.of("refund", refund.deepCopy(), "payment", payment.deepCopy())));
        return ok(refund);
    }

    private ObjectNode recon(SandboxRequest request) {
        Integer year = number(request.query("year"), "year", "The year is not a valid year.");
        Integer month = number(request.query("month"), "month", "The month is not a valid month.");
        if (month < 1 || month > 12) {
            throw new Rejected("The month is not a valid month.", "month");
        }
        Integer day = request.query("day") == null ? null : number(request.query("day"), "day", "The day is not a valid day.");
        List<ObjectNode> matching = reconItems.stream().filter(i -> {
            LocalDate settled = java.time.Instant.ofEpochSecond(i.path("settled_at").longValue()).atZone(IST).toLocalDate();
            return settled.getYear() == year && settled.getMonthValue() == month
                    && (day == null || settled.getDayOfMonth() == day);
        }).toList();
        return collection(matching, request);
    }

    private ObjectNode collection(java.util.Collection<ObjectNode> entities, SandboxRequest request) {
        int count = request.query("count") == null ? 10 : number(request.query("count"), "count", "The count must be an integer.");
        int skip = request.query("skip") == null ? 0 : number(request.query("skip"), "skip", "The skip must be an integer.");
        if (count < 1 || count > 1000) {
            throw new Rejected("The count must be between 1 and 1000.", "count");
        }
        List<ObjectNode> sorted = new ArrayList<>(entities);
        if (!request.path().contains("recon")) {
            sorted.sort(Comparator.comparingLong((ObjectNode n) -> n.path("created_at").longValue()).reversed());
        }
        ObjectNode out = json.createObjectNode();
        out.put("entity", "collection");
        ArrayNode items = out.putArray("items");
        sorted.stream().skip(skip).limit(count).forEach(items::add);
        out.put("count", items.size());
        return out;
    }

    private SandboxResponse control(SandboxRequest request) {
        JsonNode body;
        try {
            body = request.body().isBlank() ? json.createObjectNode() : json.readTree(request.body());
        } catch (JacksonException e) {
            return error(400, "BAD_REQUEST_ERROR", "The request body is not valid JSON", null);
        }
        try {
            Matcher m = CONTROL_ORDER.matcher(request.path());
            String method = body.path("method").isString() ? body.path("method").stringValue() : "upi";
            if (m.matches()) {
                String answer = "pay".equals(m.group(2)) ? pay(m.group(1), method) : failPayment(m.group(1), method);
                return SandboxResponse.json(200, answer);
            }
            switch (request.path()) {
                case "/_sandbox/settle" -> {
                    LocalDate day = body.path("date").isString() ? LocalDate.parse(body.path("date").stringValue())
                            : LocalDate.now(clock.withZone(IST));
                    String answer = settle(day);
                    return SandboxResponse.json(200, answer == null ? "{\"settled\":false}" : answer);
                }
                case "/_sandbox/faults" -> {
                    fail(body.path("status").asInt(503), body.path("times").asInt(1),
                            body.has("retry_after") ? body.path("retry_after").asInt() : -1);
                    return SandboxResponse.json(200, "{\"ok\":true}");
                }
                case "/_sandbox/webhooks" -> {
                    webhooks(body.path("url").isString() ? URI.create(body.path("url").stringValue()) : null,
                            body.path("duplicate").asBoolean(false), body.path("reverse").asBoolean(false));
                    return SandboxResponse.json(200, "{\"ok\":true}");
                }
                default -> {
                    return error(404, "BAD_REQUEST_ERROR", "The requested URL was not found on the server.", null);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            return error(400, "BAD_REQUEST_ERROR", e.getMessage(), null);
        }
    }

    // ---- webhooks

    private synchronized List<ObjectNode> drainPending() {
        List<ObjectNode> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    private ObjectNode event(String name, Map<String, ObjectNode> entities) {
        ObjectNode event = json.createObjectNode();
        event.put("entity", "event").put("account_id", "acc_" + (keyId.replaceAll("[^A-Za-z0-9]", "") + "00000000000000").substring(0, 14))
                .put("event", name);
        ArrayNode contains = event.putArray("contains");
        ObjectNode payload = event.putObject("payload");
        for (String kind : List.of("payment", "order", "refund", "settlement")) {
            if (entities.containsKey(kind)) {
                contains.add(kind);
                payload.putObject(kind).set("entity", entities.get(kind));
            }
        }
        event.put("created_at", clock.instant().getEpochSecond());
        return event;
    }

    private void deliver(List<ObjectNode> events) {
        URI url = webhookUrl;
        if (url == null) {
            return;
        }
        List<ObjectNode> ordered = new ArrayList<>(events);
        if (reverseWebhooks) {
            java.util.Collections.reverse(ordered);
        }
        for (ObjectNode event : ordered) {
            byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
            String eventId = newId("evt");
            String signature = signer.signHex(body);
            Map<String, String> headers = Map.of("Content-Type", "application/json", "X-Razorpay-Signature", signature,
                    "x-razorpay-event-id", eventId);
            for (int i = 0; i < (duplicateWebhooks ? 2 : 1); i++) {
                int status = sender.send(url, headers, body);
                deliveries.add(new Delivery(event.path("event").stringValue(), eventId,
                        new String(body, StandardCharsets.UTF_8), signature, status));
            }
        }
    }

    // ---- helpers

    private ObjectNode newPayment(ObjectNode order, String method, String status) {
        ObjectNode p = json.createObjectNode();
        p.put("id", newId("pay")).put("entity", "payment").put("amount", order.path("amount").longValue())
                .put("currency", "INR").put("status", status).put("order_id", order.path("id").stringValue())
                .putNull("invoice_id").put("international", false).put("method", method).put("amount_refunded", 0)
                .putNull("refund_status").put("captured", false).putNull("description")
                .put("email", "customer@example.com").put("contact", "+919876543210");
        p.set("notes", order.path("notes").deepCopy());
        p.putNull("fee").putNull("tax").putNull("error_code").putNull("error_description")
                .put("created_at", clock.instant().getEpochSecond());
        payments.put(p.path("id").stringValue(), p);
        return p;
    }

    private ObjectNode item(String entityId, String type, long debit, long credit, long amount, long fee, long tax,
                            long createdAt, long settledAt, String settlementId, String utr, String paymentId,
                            String orderId, String receipt, String method) {
        ObjectNode i = json.createObjectNode();
        i.put("entity_id", entityId).put("type", type).put("debit", debit).put("credit", credit).put("amount", amount)
                .put("currency", "INR").put("fee", fee).put("tax", tax).put("on_hold", false).put("settled", true)
                .put("created_at", createdAt).put("settled_at", settledAt).put("settlement_id", settlementId)
                .putNull("posted_at").put("credit_type", "default").putNull("description").putNull("notes")
                .put("payment_id", paymentId).put("settlement_utr", utr).put("order_id", orderId)
                .put("order_receipt", receipt).put("method", method);
        return i;
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 && decoded.substring(0, colon).equals(keyId)
                && MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8), keySecret);
    }

    private static long amount(JsonNode body, boolean checkMinimum) {
        JsonNode a = body.path("amount");
        if (a.isMissingNode() || a.isNull()) {
            throw new Rejected("The amount field is required.", "amount");
        }
        if (!a.isIntegralNumber()) {
            throw new Rejected("The amount must be an integer.", "amount");
        }
        if (checkMinimum && a.longValue() < MIN_AMOUNT_PAISE) {
            throw new Rejected("The amount must be atleast INR 1.00", "amount");
        }
        if (a.longValue() < 1) {
            throw new Rejected("The amount must be atleast INR 1.00", "amount");
        }
        return a.longValue();
    }

    private JsonNode notes(JsonNode body) {
        JsonNode n = body.path("notes");
        if (n.isObject()) {
            if (n.size() > 15) {
                throw new Rejected("Number of notes cannot exceed 15", "notes");
            }
            return n.deepCopy();
        }
        return json.createArrayNode(); // Razorpay answers [] for no notes
    }

    private static int number(String text, String field, String message) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new Rejected(message, field);
        }
    }

    private String newId(String prefix) {
        char[] chars = new char[14];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return prefix + "_" + new String(chars);
    }

    private static SandboxResponse ok(JsonNode entity) {
        return SandboxResponse.json(200, entity.toString());
    }

    private SandboxResponse error(int status, String code, String description, String field) {
        ObjectNode body = json.createObjectNode();
        ObjectNode e = body.putObject("error");
        e.put("code", code).put("description", description);
        if (field == null) {
            e.putNull("field");
        } else {
            e.put("field", field);
        }
        e.put("source", status == 401 ? "NA" : "business").put("step", "NA")
                .put("reason", status == 401 ? "NA" : "input_validation_failed");
        e.putObject("metadata");
        return SandboxResponse.json(status, body.toString());
    }

    /** Bad input, answered with Razorpay's 400 body. */
    private static final class Rejected extends RuntimeException {
        private final String field;

        Rejected(String message, String field) {
            super(message);
            this.field = field;
        }
    }
}

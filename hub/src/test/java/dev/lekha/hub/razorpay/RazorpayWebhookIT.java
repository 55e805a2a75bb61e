package dev.lekha.hub.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.connectors.razorpay.RazorpayOrder;
import dev.lekha.connectors.webhook.HmacSignatureVerifier;
import dev.lekha.domain.demo.DemoCompanySeeder;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import dev.lekha.routes.razorpay.RazorpayPaymentRequests;
import dev.lekha.routes.razorpay.RazorpaySettlementReports;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Razorpay end to end on the hub: orders through the client against {@code /sandbox/razorpay}, the sandbox's signed
 * webhooks into {@code /webhooks/razorpay}, and hand-made signed events for duplicates, out-of-order delivery, an
 * unknown invoice and bad signatures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class RazorpayWebhookIT {

    // the sandbox default of lekha.razorpay.webhook-secret (the test profile sets none)
    static final HmacSignatureVerifier SIGNER = new HmacSignatureVerifier(RazorpaySettings.SANDBOX_WEBHOOK_SECRET);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired OpenItems openItems;
    @Autowired RazorpayPaymentRequests paymentRequests;
    @Autowired RazorpaySettlementReports settlementReports;

    final HttpClient http = HttpClient.newHttpClient();
    long company;

    @BeforeEach
    void demoCompany() {
        company = jdbc.queryForObject("select id from company where pan = ?", Long.class, DemoCompanySeeder.PAN);
    }

    /** A demo invoice nobody has paid anything on yet, whose number is unique in the company. */
    long unpaidInvoice() {
        return jdbc.queryForObject("select min(d.id) from sales_document d where d.company_id = ? and d.doc_type = 'INV'"
                + " and d.cancelled = false and d.total > 10 and not exists (select 1 from open_item_settlement s"
                + " where s.item_type = 'SALES_DOCUMENT' and s.item_id = d.id) and not exists (select 1 from razorpay_payment p"
                + " where p.sales_document_id = d.id) and (select count(*) from sales_document x where x.company_id = d.company_id"
                + " and x.doc_number = d.doc_number and x.doc_type = 'INV') = 1", Long.class, company);
    }

    @Test
    void aCustomerPaysAnInvoiceThroughTheSandboxAndTheLedgerIsPosted() throws Exception {
        long invoice = unpaidInvoice();
        BigDecimal outstanding = openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, invoice);
        String number = jdbc.queryForObject("select doc_number from sales_document where id = ?", String.class, invoice);

        // the client creates the order on the hub's own sandbox over HTTP
        RazorpayOrder order = paymentRequests.orderFor(company, invoice);
        assertThat(order.amount()).isEqualByComparingTo(outstanding);
        assertThat(order.receipt()).isEqualTo(number);

        // the customer pays; the sandbox sends payment.captured and order.paid, signed, to /webhooks/razorpay
        HttpResponse<String> paid = post("/sandbox/razorpay/_sandbox/orders/" + order.id() + "/pay", Map.of(),
                "{\"method\":\"upi\"}");
        assertThat(paid.statusCode()).isEqualTo(200);
        String paymentId = paid.body().replaceAll(".*\"id\":\"(pay_[A-Za-z0-9]+)\".*", "$1");

        await().atMost(Duration.ofSeconds(20)).until(() -> "LINKED".equals(linkStatus(paymentId)));
        assertThat(openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, invoice)).isEqualByComparingTo("0");
        // Dr Razorpay clearing (1150), Cr trade receivables (1200), the invoice's outstanding
        List<String> lines = jdbc.query("select a.code, l.debit, l.credit from journal_entry e join journal_line l"
                + " on l.journal_entry_id = e.id join ledger_account a on a.id = l.ledger_account_id where e.company_id = ?"
                + " and e.source_type = 'RAZORPAY_PAYMENT' and e.source_id = ? order by l.line_no",
                (rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString() + " " + rs.getBigDecimal(3).toPlainString(),
                company, paymentId);
        String amount = outstanding.setScale(2).toPlainString();
        assertThat(lines).containsExactly("1150 " + amount + " 0.00", "1200 0.00 " + amount);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'payment.captured'"
                + " and aggregate_id = ?", Integer.class, paymentId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from webhook_event"
                + " where provider = 'razorpay' and processed_at is not null and raw_body like ?", Integer.class,
                "%" + paymentId + "%") == 2);

        // a settlement day later: the recon report fetched through the API lands with the settlement
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(1);
        assertThat(post("/sandbox/razorpay/_sandbox/settle", Map.of(), "{\"date\":\"" + day + "\"}").statusCode()).isEqualTo(200);
        settlementReports.fetch(company, day);
        Map<String, Object> item = jdbc.queryForMap("select settlement_id, credit, fee, tax, order_receipt, source from"
                + " razorpay_settlement_item where company_id = ? and entity_id = ?", company, paymentId);
        // fee 2 % + 18 % GST on it, each rounded half-up to the paisa (the sandbox's tariff)
        long paise = outstanding.movePointRight(2).longValueExact();
        long base = BigDecimal.valueOf(paise * 2, 2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        long gst = BigDecimal.valueOf(base * 18, 2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        assertThat((BigDecimal) item.get("fee")).isEqualByComparingTo(BigDecimal.valueOf(base + gst, 2));
        assertThat((BigDecimal) item.get("tax")).isEqualByComparingTo(BigDecimal.valueOf(gst, 2));
        assertThat((BigDecimal) item.get("credit")).isEqualByComparingTo(BigDecimal.valueOf(paise - base - gst, 2));
        assertThat(item.get("order_receipt")).isEqualTo(number);
        assertThat(item.get("source")).isEqualTo("API");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from razorpay_settlement"
                + " where company_id = ? and settlement_id = ? and status = 'processed' and utr is not null", Integer.class,
                company, item.get("settlement_id")) == 1);
    }

    @Test
    void aWrongOrMissingSignatureIs401AndASecurityEventAndNothingIsStored() throws Exception {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String body = capturedEvent("pay_" + eventId.substring(4), "1.00", Map.of());
        long before = securityEvents();

        HttpResponse<String> wrong = webhook(body, new HmacSignatureVerifier("not-the-secret")
                .signHex(body.getBytes(StandardCharsets.UTF_8)), eventId);
        HttpResponse<String> missing = webhook(body, null, eventId);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(securityEvents()).isEqualTo(before + 2);
        assertThat(jdbc.queryForList("select detail from security_event where kind = 'BAD_WEBHOOK_SIGNATURE'"
                + " and source = '/webhooks/razorpay' order by id desc offset 0 rows fetch next 2 rows only", String.class))
                .containsExactly("no X-Razorpay-Signature header", "X-Razorpay-Signature does not match the body ("
                        + body.getBytes(StandardCharsets.UTF_8).length + " bytes, event id " + eventId + ")");
        assertThat(jdbc.queryForObject("select count(*) from webhook_event where event_id = ?", Integer.class, eventId)).isZero();
    }

    @Test
    void aDuplicateDeliveryHasOneEffect() throws Exception {
        long invoice = unpaidInvoice();
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String eventId = "evt_" + paymentId.substring(4);
        String body = capturedEvent(paymentId, "1.00", Map.of("sales_document_id", Long.toString(invoice)));
        BigDecimal before = openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, invoice);

        HttpResponse<String> first = webhook(body, sign(body), eventId);
        HttpResponse<String> second = webhook(body, sign(body), eventId);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"queued\"");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"duplicate\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> "LINKED".equals(linkStatus(paymentId)));
        assertThat(openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, invoice))
                .isEqualByComparingTo(before.subtract(BigDecimal.ONE));
        assertThat(jdbc.queryForObject("select count(*) from webhook_event where event_id = ?", Integer.class, eventId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from open_item_settlement where source_id = ?", Integer.class,
                paymentId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where source_id = ?", Integer.class, paymentId)).isOne();
    }

    @Test
    void eventsOutOfOrderNeverMoveAStatusBackAndSettleTheInvoiceOnce() throws Exception {
        long invoice = unpaidInvoice();
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String refundId = "rfnd_" + paymentId.substring(4);
        Map<String, String> notes = Map.of("sales_document_id", Long.toString(invoice));
        BigDecimal before = openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, invoice);

        // the newest state first: the payment fully refunded (5.00 of 5.00), as the refund event shows it
        String refunded = "{\"entity\":\"event\",\"account_id\":\"acc_TestAccount0001\",\"event\":\"refund.processed\","
                + "\"contains\":[\"refund\",\"payment\"],\"payload\":{\"refund\":{\"entity\":{\"id\":\"" + refundId
                + "\",\"entity\":\"refund\",\"amount\":500,\"currency\":\"INR\",\"payment_id\":\"" + paymentId
                + "\",\"status\":\"processed\",\"created_at\":1764925000}},\"payment\":{\"entity\":" + payment(paymentId, 500,
                "refunded", 500, notes) + "}},\"created_at\":1764925000}";
        deliverAndAwait(refunded);
        // then the older ones: captured, and before that authorized
        deliverAndAwait(capturedEvent(paymentId, "5.00", notes));
        deliverAndAwait("{\"entity\":\"event\",\"event\":\"payment.authorized\",\"contains\":[\"payment\"],\"payload\":"
                + "{\"payment\":{\"entity\":" + payment(paymentId, 500, "authorized", 0, notes) + "}},\"created_at\":1764920000}");

        Map<String, Object> row = jdbc.queryForMap("select status, amount_refunded, link_status from razorpay_payment"
                + " where company_id = ? and payment_id = ?", company, paymentId);
        assertThat(row.get("status")).isEqualTo("refunded");
        assertThat((BigDecimal) row.get("amount_refunded")).isEqualByComparingTo("5.00");
        assertThat(row.get("link_status")).isEqualTo("LINKED");
        assertThat(jdbc.queryForObject("select status from razorpay_refund where refund_id = ?", String.class, refundId))
                .isEqualTo("processed");
        assertThat(openItems.outstanding(company, OpenItemType.SALES_DOCUMENT, invoice))
                .isEqualByComparingTo(before.subtract(new BigDecimal("5.00")));
        assertThat(jdbc.queryForObject("select count(*) from open_item_settlement where source_id = ?", Integer.class,
                paymentId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'payment.captured'"
                + " and aggregate_id = ?", Integer.class, paymentId)).isOne();
    }

    @Test
    void aPaymentForNoKnownInvoiceIsKeptAndFlagged() throws Exception {
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);

        deliverAndAwait(capturedEvent(paymentId, "42.00", Map.of("invoice_number", "NO-SUCH-INVOICE-" + paymentId)));

        Map<String, Object> row = jdbc.queryForMap("select status, link_status, link_note, sales_document_id from"
                + " razorpay_payment where company_id = ? and payment_id = ?", company, paymentId);
        assertThat(row.get("status")).isEqualTo("captured");
        assertThat(row.get("link_status")).isEqualTo("UNMATCHED");
        assertThat(row.get("link_note")).isEqualTo("no open sales invoice for notes.invoice_number NO-SUCH-INVOICE-" + paymentId);
        assertThat(row.get("sales_document_id")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where source_id = ?", Integer.class, paymentId)).isZero();
        assertThat(jdbc.queryForObject("select payload from outbox_event where event_type = 'payment.captured'"
                + " and aggregate_id = ?", String.class, paymentId)).contains("\"linkStatus\":\"UNMATCHED\"");
    }

    // ---- helpers

    static String payment(String id, long paise, String status, long refunded, Map<String, String> notes) {
        StringBuilder n = new StringBuilder("{");
        notes.forEach((k, v) -> n.append(n.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        n.append('}');
        boolean captured = !status.equals("authorized") && !status.equals("failed");
        return "{\"id\":\"" + id + "\",\"entity\":\"payment\",\"amount\":" + paise + ",\"currency\":\"INR\",\"status\":\""
                + status + "\",\"order_id\":null,\"method\":\"upi\",\"amount_refunded\":" + refunded + ",\"captured\":"
                + captured + ",\"notes\":" + n + ",\"fee\":" + (captured ? paise * 236 / 10000 : "null") + ",\"tax\":"
                + (captured ? paise * 36 / 10000 : "null") + ",\"created_at\":1764920000}";
    }

    static String capturedEvent(String paymentId, String rupees, Map<String, String> notes) {
        long paise = new BigDecimal(rupees).movePointRight(2).longValueExact();
        return "{\"entity\":\"event\",\"account_id\":\"acc_TestAccount0001\",\"event\":\"payment.captured\",\"contains\":"
                + "[\"payment\"],\"payload\":{\"payment\":{\"entity\":" + payment(paymentId, paise, "captured", 0, notes)
                + "}},\"created_at\":1764920100}\n";
    }

    void deliverAndAwait(String body) throws Exception {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        assertThat(webhook(body, sign(body), eventId).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from webhook_event"
                + " where event_id = ? and processed_at is not null", Integer.class, eventId) == 1);
    }

    String linkStatus(String paymentId) {
        return jdbc.queryForList("select link_status from razorpay_payment where company_id = ? and payment_id = ?",
                String.class, company, paymentId).stream().findFirst().orElse(null);
    }

    long securityEvents() {
        return jdbc.queryForObject("select count(*) from security_event where kind = 'BAD_WEBHOOK_SIGNATURE'", Long.class);
    }

    static String sign(String body) {
        return SIGNER.signHex(body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> webhook(String body, String signature, String eventId) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/razorpay"))
                .header("Content-Type", "application/json").header("x-razorpay-event-id", eventId)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            r.header("X-Razorpay-Signature", signature);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(r::header);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}

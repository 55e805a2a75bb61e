package dev.lekha.domain.razorpay;

import dev.lekha.domain.ledger.JournalEntry.Posting;
import dev.lekha.domain.ledger.StandardAccount;
import dev.lekha.domain.ledger.StandardAccounts;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import dev.lekha.domain.openitem.Settlement;
import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Razorpay payments, refunds and settlements as Lekha knows them, kept from webhooks or the API in any order: a
 * status only moves forward ({@link RazorpayStatuses}), amounts and references are filled in as they arrive.
 *
 * <p>A captured payment is linked to the company's sales invoice, first match wins: {@code notes.sales_document_id},
 * then {@code notes.invoice_number}, then the order's {@code receipt} (both = the invoice's document number; an
 * invoice not cancelled). It is then settled against the invoice with {@link OpenItems#settle} (source
 * {@code RAZORPAY_PAYMENT} + payment id; Dr Razorpay clearing, Cr trade receivables, dated the capture day in
 * Asia/Kolkata), once, whichever event brings it. A payment that matches nothing, matches several invoices or
 * exceeds what is outstanding is kept with its {@code link_status} and a note for a person, never dropped. The first
 * time a payment is seen captured a {@code payment.captured} event goes to the outbox.
 */
@Service
public class RazorpayPayments {

    public static final String SOURCE_TYPE = "RAZORPAY_PAYMENT";
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final Set<String> CAPTURED = Set.of("captured", "refunded");

    private final JdbcTemplate jdbc;
    private final OpenItems openItems;
    private final StandardAccounts accounts;
    private final Outbox outbox;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public RazorpayPayments(JdbcTemplate jdbc, OpenItems openItems, StandardAccounts accounts, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.openItems = openItems;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How a payment stands after an event: its kept status and link. */
    public record PaymentOutcome(String paymentId, String status, String linkStatus, Long salesDocumentId, String note) {
        @Override
        public String toString() {
            return "payment " + paymentId + " " + status + " " + linkStatus
                    + (salesDocumentId == null ? "" : " to sales document " + salesDocumentId) + (note == null ? "" : ": " + note);
        }
    }

    private record Stored(long id, String status, String orderId, String receipt, String linkStatus, Long salesDocumentId,
                          Instant capturedAt) {
    }

    /**
     * Applies what an event or the API says of a payment.
     *
     * @param seenAt when Razorpay reported it (the event's created_at); dates the capture when first seen captured
     */
    @Transactional
    public PaymentOutcome apply(long companyId, PaymentState p, Instant seenAt) {
        Instant now = clock.instant();
        List<Stored> rows = jdbc.query("select id, status, order_id, receipt, link_status, sales_document_id, captured_at"
                        + " from razorpay_payment where company_id = ? and payment_id = ? for update",
                (rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Long) rs.getObject(6, Long.class),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), companyId, p.paymentId());
        Stored before = rows.isEmpty() ? null : rows.get(0);
        String status = RazorpayStatuses.nextPayment(before == null ? null : before.status(), p.status());
        boolean firstCapture = CAPTURED.contains(status) && (before == null || !CAPTURED.contains(before.status()));
        Instant capturedAt = before != null && before.capturedAt() != null ? before.capturedAt()
                : CAPTURED.contains(status) ? (seenAt != null ? seenAt : now) : null;
        String receipt = p.receipt() != null ? p.receipt() : before == null ? null : before.receipt();
        if (before == null) {
            jdbc.update("insert into razorpay_payment (company_id, payment_id, order_id, status, amount, currency, fee, tax,"
                            + " amount_refunded, method, receipt, created_at_rzp, captured_at, updated_at, link_status)"
                            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'NOT_CAPTURED')", companyId, p.paymentId(), p.orderId(),
                    status, p.amount(), p.currency(), p.fee(), p.tax(), p.amountRefunded(), p.method(), receipt,
                    ts(p.createdAt()), ts(capturedAt), ts(now));
        } else {
            // fee, tax, refunded: Razorpay only ever adds to them, so keep the larger; null never erases a value
            jdbc.update("update razorpay_payment set status = ?, order_id = coalesce(order_id, ?), amount = ?,"
                            + " fee = coalesce(?, fee), tax = coalesce(?, tax),"
                            + " amount_refunded = case when amount_refunded is null or amount_refunded < ? then ? else amount_refunded end,"
                            + " method = coalesce(?, method), receipt = ?, created_at_rzp = coalesce(created_at_rzp, ?),"
                            + " captured_at = ?, updated_at = ? where id = ?", status, p.orderId(), p.amount(), p.fee(),
                    p.tax(), p.amountRefunded(), p.amountRefunded(), p.method(), receipt, ts(p.createdAt()),
                    ts(capturedAt), ts(now), before.id());
        }
        if (!CAPTURED.contains(status)) {
            return new PaymentOutcome(p.paymentId(), status, "NOT_CAPTURED", null, null);
        }
        PaymentOutcome outcome = before != null && "LINKED".equals(before.linkStatus())
                ? new PaymentOutcome(p.paymentId(), status, "LINKED", before.salesDocumentId(), "already settled")
                : link(companyId, p, receipt, capturedAt);
        jdbc.update("update razorpay_payment set link_status = ?, link_note = ?, sales_document_id = ?, invoice_ref = ?"
                        + " where company_id = ? and payment_id = ?", outcome.linkStatus(), cut(outcome.note(), 500),
                outcome.salesDocumentId(), cut(invoiceRef(p, receipt), 60), companyId, p.paymentId());
        if (firstCapture) {
            ObjectNode payload = json.createObjectNode();
            payload.put("paymentId", p.paymentId()).put("orderId", p.orderId()).put("amount", p.amount())
                    .put("currency", p.currency()).put("capturedAt", capturedAt.toString())
                    .put("linkStatus", outcome.linkStatus());
            if (outcome.salesDocumentId() != null) {
                payload.put("salesDocumentId", outcome.salesDocumentId());
            }
            outbox.publish(new OutboxMessage(companyId, "payment.captured", "razorpay_payment", p.paymentId(),
                    payload.toString()));
        }
        return outcome;
    }

    private PaymentOutcome link(long companyId, PaymentState p, String receipt, Instant capturedAt) {
        String status = "captured";
        if (!"INR".equals(p.currency())) {
            return new PaymentOutcome(p.paymentId(), status, "UNMATCHED", null,
                    "currency " + p.currency() + ": only INR payments are settled against invoices");
        }
        List<Long> candidates;
        String how;
        Map<String, String> notes = p.notes();
        String docId = notes.get("sales_document_id");
        if (docId != null && docId.matches("\\d{1,18}")) {
            candidates = jdbc.queryForList("select id from sales_document where company_id = ? and id = ?"
                    + " and doc_type = 'INV' and cancelled = false", Long.class, companyId, Long.parseLong(docId));
            how = "notes.sales_document_id " + docId;
        } else {
            String number = notes.get("invoice_number") != null ? notes.get("invoice_number") : receipt;
            if (number == null || number.isBlank()) {
                return new PaymentOutcome(p.paymentId(), status, "UNMATCHED", null,
                        "no invoice reference: the order has no receipt and the payment no notes.invoice_number"
                                + " or notes.sales_document_id");
            }
            candidates = jdbc.queryForList("select id from sales_document where company_id = ? and doc_number = ?"
                    + " and doc_type = 'INV' and cancelled = false", Long.class, companyId, number.strip());
            how = (notes.get("invoice_number") != null ? "notes.invoice_number " : "order receipt ") + number;
        }
        if (candidates.isEmpty()) {
            return new PaymentOutcome(p.paymentId(), status, "UNMATCHED", null, "no open sales invoice for " + how);
        }
        if (candidates.size() > 1) {
            return new PaymentOutcome(p.paymentId(), status, "AMBIGUOUS", null,
                    candidates.size() + " sales invoices match " + how + " (ids " + candidates + ")");
        }
        long documentId = candidates.get(0);
        BigDecimal outstanding = openItems.outstanding(companyId, OpenItemType.SALES_DOCUMENT, documentId);
        if (p.amount().compareTo(outstanding) > 0) {
            return new PaymentOutcome(p.paymentId(), status, "EXCESS", documentId, "payment " + p.amount().toPlainString()
                    + " exceeds the " + outstanding.toPlainString() + " outstanding on sales document " + documentId);
        }
        LocalDate day = capturedAt.atZone(IST).toLocalDate();
        long clearing = accounts.idOf(companyId, StandardAccount.RAZORPAY_CLEARING);
        long receivables = accounts.idOf(companyId, StandardAccount.TRADE_RECEIVABLES);
        var settled = openItems.settle(new Settlement(companyId, OpenItemType.SALES_DOCUMENT, documentId, p.amount(), day,
                SOURCE_TYPE, p.paymentId(), "Razorpay payment " + p.paymentId() + " (" + how + ")",
                List.of(new Posting(clearing, p.amount(), null), new Posting(receivables, null, p.amount()))));
        return new PaymentOutcome(p.paymentId(), status, "LINKED", documentId,
                "settled by " + how + ", journal entry " + settled.journalEntryId());
    }

    /** Applies what an event or the API says of a refund; returns the status kept. */
    @Transactional
    public String apply(long companyId, RefundState r) {
        Instant now = clock.instant();
        List<String> current = jdbc.queryForList("select status from razorpay_refund where company_id = ? and refund_id = ?"
                + " for update", String.class, companyId, r.refundId());
        String status = RazorpayStatuses.nextRefund(current.isEmpty() ? null : current.get(0), r.status());
        if (current.isEmpty()) {
            jdbc.update("insert into razorpay_refund (company_id, refund_id, payment_id, status, amount, created_at_rzp,"
                    + " updated_at) values (?,?,?,?,?,?,?)", companyId, r.refundId(), r.paymentId(), status, r.amount(),
                    ts(r.createdAt()), ts(now));
        } else {
            jdbc.update("update razorpay_refund set status = ?, amount = ?, updated_at = ? where company_id = ? and refund_id = ?",
                    status, r.amount(), ts(now), companyId, r.refundId());
        }
        return "refund " + r.refundId() + " " + status;
    }

    /** Applies what an event, the API or a recon report says of a settlement; returns the status kept. */
    @Transactional
    public String apply(long companyId, SettlementState s) {
        Instant now = clock.instant();
        List<String> current = jdbc.queryForList("select status from razorpay_settlement where company_id = ?"
                + " and settlement_id = ? for update", String.class, companyId, s.settlementId());
        String status = RazorpayStatuses.nextSettlement(current.isEmpty() ? null : current.get(0), s.status());
        LocalDate settledOn = s.settledOn() != null ? s.settledOn()
                : s.createdAt() == null ? null : s.createdAt().atZone(IST).toLocalDate();
        if (current.isEmpty()) {
            jdbc.update("insert into razorpay_settlement (company_id, settlement_id, status, amount, fees, tax, utr,"
                            + " created_at_rzp, settled_on, updated_at) values (?,?,?,?,?,?,?,?,?,?)", companyId,
                    s.settlementId(), status, s.amount(), s.fees(), s.tax(), s.utr(), ts(s.createdAt()),
                    settledOn == null ? null : Date.valueOf(settledOn), ts(now));
        } else {
            jdbc.update("update razorpay_settlement set status = ?, amount = ?, fees = ?, tax = ?, utr = coalesce(?, utr),"
                            + " created_at_rzp = coalesce(created_at_rzp, ?), settled_on = coalesce(settled_on, ?), updated_at = ?"
                            + " where company_id = ? and settlement_id = ?", status, s.amount(), s.fees(), s.tax(), s.utr(),
                    ts(s.createdAt()), settledOn == null ? null : Date.valueOf(settledOn), ts(now), companyId, s.settlementId());
        }
        return "settlement " + s.settlementId() + " " + status;
    }

    private static String invoiceRef(PaymentState p, String receipt) {
        if (p.notes().get("sales_document_id") != null) {
            return "id " + p.notes().get("sales_document_id");
        }
        return p.notes().get("invoice_number") != null ? p.notes().get("invoice_number") : receipt;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

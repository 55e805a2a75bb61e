package dev.lekha.mappings.razorpay;

import dev.lekha.connectors.razorpay.RazorpayPayment;
import dev.lekha.connectors.razorpay.RazorpayRefund;
import dev.lekha.connectors.razorpay.RazorpaySettlement;
import dev.lekha.connectors.razorpay.SettlementReconItem;
import dev.lekha.domain.razorpay.PaymentState;
import dev.lekha.domain.razorpay.RefundState;
import dev.lekha.domain.razorpay.SettlementItem;
import dev.lekha.domain.razorpay.SettlementState;
import java.time.ZoneId;

/** Razorpay's entities (connector records, rupees already) as the domain keeps them. */
public final class RazorpayEntities {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private RazorpayEntities() {
    }

    /** @param receipt the order's receipt when the event carried the order, else null */
    public static PaymentState payment(RazorpayPayment p, String receipt) {
        return new PaymentState(p.id(), p.orderId(), p.status(), p.amount(), p.currency(), p.fee(), p.tax(),
                p.amountRefunded(), p.method(), receipt, p.notes(), p.createdAt());
    }

    public static RefundState refund(RazorpayRefund r) {
        return new RefundState(r.id(), r.paymentId(), r.status(), r.amount(), r.createdAt());
    }

    public static SettlementState settlement(RazorpaySettlement s) {
        return new SettlementState(s.id(), s.status(), s.amount(), s.fees(), s.tax(), s.utr(), s.createdAt(),
                s.createdAt() == null ? null : s.createdAt().atZone(IST).toLocalDate());
    }

    /** @param index 1-based position in the API's answer, for messages */
    public static SettlementItem item(SettlementReconItem i, int index) {
        return new SettlementItem("API item " + index, i.settlementId(), i.entityId(), i.type(), i.amount(), i.credit(),
                i.debit(), i.fee(), i.tax(), i.paymentId(), i.orderId(), i.orderReceipt(), i.settlementUtr(),
                i.createdAt(), i.settledAt(), i.method(), i.description());
    }
}

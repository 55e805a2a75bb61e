package dev.lekha.domain.razorpay;

import java.util.List;
import java.util.Locale;

/**
 * The order in which a Razorpay entity's status may move. Webhooks arrive late, twice or out of order, so a status
 * is replaced only by one of the same or a later rank, never by an earlier one:
 * <ul>
 *   <li>payment: created &lt; failed &lt; authorized &lt; captured &lt; refunded (a failed payment may still be
 *       authorized late; a captured one never fails; refunded = fully refunded, final);</li>
 *   <li>refund: pending &lt; failed &lt; processed (a failed refund may be retried and processed);</li>
 *   <li>settlement: created &lt; failed &lt; processed.</li>
 * </ul>
 * An unknown status ranks lowest, so it never overwrites a known one.
 */
public final class RazorpayStatuses {

    static final List<String> PAYMENT = List.of("created", "failed", "authorized", "captured", "refunded");
    static final List<String> REFUND = List.of("pending", "failed", "processed");
    static final List<String> SETTLEMENT = List.of("created", "failed", "processed");

    private RazorpayStatuses() {
    }

    /** The status to keep: {@code incoming} unless it ranks below {@code current}. */
    public static String next(List<String> order, String current, String incoming) {
        if (current == null) {
            return incoming;
        }
        return rank(order, incoming) >= rank(order, current) ? incoming : current;
    }

    public static String nextPayment(String current, String incoming) {
        return next(PAYMENT, current, incoming);
    }

    public static String nextRefund(String current, String incoming) {
        return next(REFUND, current, incoming);
    }

    public static String nextSettlement(String current, String incoming) {
        return next(SETTLEMENT, current, incoming);
    }

    private static int rank(List<String> order, String status) {
        return status == null ? -1 : order.indexOf(status.toLowerCase(Locale.ROOT));
    }
}

package dev.lekha.domain.razorpay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RazorpayStatusesTest {

    @Test
    void aPaymentStatusOnlyMovesForward() {
        assertThat(RazorpayStatuses.nextPayment(null, "authorized")).isEqualTo("authorized");
        assertThat(RazorpayStatuses.nextPayment("authorized", "captured")).isEqualTo("captured");
        // late authorization after a failure is Razorpay behaviour; a failure after capture is a stale event
        assertThat(RazorpayStatuses.nextPayment("failed", "authorized")).isEqualTo("authorized");
        assertThat(RazorpayStatuses.nextPayment("captured", "failed")).isEqualTo("captured");
        assertThat(RazorpayStatuses.nextPayment("refunded", "captured")).isEqualTo("refunded");
        assertThat(RazorpayStatuses.nextPayment("captured", "captured")).isEqualTo("captured");
        assertThat(RazorpayStatuses.nextPayment("captured", "something_new")).isEqualTo("captured");
    }

    @Test
    void refundsAndSettlementsToo() {
        assertThat(RazorpayStatuses.nextRefund("processed", "pending")).isEqualTo("processed");
        assertThat(RazorpayStatuses.nextRefund("failed", "processed")).isEqualTo("processed");
        assertThat(RazorpayStatuses.nextSettlement("processed", "created")).isEqualTo("processed");
        assertThat(RazorpayStatuses.nextSettlement("created", "processed")).isEqualTo("processed");
    }
}

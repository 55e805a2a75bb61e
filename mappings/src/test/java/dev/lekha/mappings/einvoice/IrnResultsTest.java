package dev.lekha.mappings.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.connectors.nic.CancelledIrn;
import dev.lekha.connectors.nic.EwayBill;
import dev.lekha.connectors.nic.IrnDetails;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IrnResultsTest {

    static final String IRN = "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229";

    @Test
    void irnDetailsAreReadWithIstTimes() {
        IrnDetails details = new IrnDetails(112510036163456L, "2025-11-05 14:05:09", IRN, "signed.invoice.jws",
                "signed.qr.jws", "ACT", 381006654321L, "2025-11-05 14:06:00", "2025-11-06 23:59:00", null);

        RegisteredIrn registered = IrnResults.registered(details);

        // 14:05:09 IST is 08:35:09 UTC (IST = UTC + 5:30)
        assertThat(registered).isEqualTo(new RegisteredIrn(IRN, "112510036163456", Instant.parse("2025-11-05T08:35:09Z"),
                "signed.invoice.jws", "signed.qr.jws", "ACT", "381006654321", Instant.parse("2025-11-05T08:36:00Z"),
                Instant.parse("2025-11-06T18:29:00Z")));
        assertThat(registered.isCancelled()).isFalse();
    }

    @Test
    void withoutEwayBillThoseFieldsAreNull() {
        IrnDetails details = new IrnDetails(112510036163456L, "2025-11-05 14:05:09", IRN, "s", "q", "CNL", null, null,
                null, null);

        RegisteredIrn registered = IrnResults.registered(details);

        assertThat(registered.ewbNo()).isNull();
        assertThat(registered.ewbDate()).isNull();
        assertThat(registered.isCancelled()).isTrue();
    }

    @Test
    void malformedDateIsAClearError() {
        IrnDetails details = new IrnDetails(112510036163456L, "05/11/2025 14:05", IRN, "s", "q", "ACT", null, null,
                null, null);

        assertThatThrownBy(() -> IrnResults.registered(details)).isInstanceOf(UnreadableIrpResponseException.class)
                .hasMessage("AckDt '05/11/2025 14:05' of IRN " + IRN + " is not the IRP's yyyy-MM-dd HH:mm:ss (IST)");
    }

    @Test
    void impossibleDateIsRefused() {
        IrnDetails details = new IrnDetails(112510036163456L, "2025-02-30 10:00:00", IRN, "s", "q", "ACT", null, null,
                null, null);

        assertThatThrownBy(() -> IrnResults.registered(details)).isInstanceOf(UnreadableIrpResponseException.class)
                .hasMessageContaining("AckDt '2025-02-30 10:00:00'");
    }

    @Test
    void ackNoMustHaveFifteenDigits() {
        IrnDetails details = new IrnDetails(11251003616345L, "2025-11-05 14:05:09", IRN, "s", "q", "ACT", null, null,
                null, null);

        assertThatThrownBy(() -> IrnResults.registered(details)).isInstanceOf(UnreadableIrpResponseException.class)
                .hasMessage("AckNo 11251003616345 of IRN " + IRN + " is not 15 digits");
    }

    @Test
    void ewayBillAnswerIsRead() {
        GeneratedEwayBill bill = IrnResults.ewayBill(new EwayBill(381006654321L, "2025-11-05 18:00:00",
                "2025-11-09 23:59:00", "ok"), IRN);

        // 18:00 IST = 12:30 UTC; 23:59 IST = 18:29 UTC
        assertThat(bill).isEqualTo(new GeneratedEwayBill("381006654321", Instant.parse("2025-11-05T12:30:00Z"),
                Instant.parse("2025-11-09T18:29:00Z"), "ok"));
    }

    @Test
    void ewayBillWithoutNumberIsRefused() {
        assertThatThrownBy(() -> IrnResults.ewayBill(new EwayBill(null, null, null, null), IRN))
                .isInstanceOf(UnreadableIrpResponseException.class).hasMessageContaining("EwbNo is missing");
    }

    @Test
    void cancellationTimeIsRead() {
        assertThat(IrnResults.cancelledAt(new CancelledIrn(IRN, "2025-11-05 20:00:00")))
                .isEqualTo(Instant.parse("2025-11-05T14:30:00Z"));
    }
}

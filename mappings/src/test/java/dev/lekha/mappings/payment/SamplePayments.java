package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.InstructionStatus;
import dev.lekha.domain.payment.PaymentInstruction;
import dev.lekha.domain.payment.PaymentMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The batch behind the golden files under src/test/resources/payment (written by hand from the layouts). */
final class SamplePayments {

    static final LocalDate PAYMENT_DATE = LocalDate.of(2026, 12, 7);
    static final String DEBIT_ACCOUNT = "50200099887766";

    private SamplePayments() {
    }

    static PaymentInstruction payment(int line, String name, String account, String ifsc, PaymentMode mode,
                                      String amount, String narration, String email) {
        return new PaymentInstruction(100 + line, 7, line, "LK7-" + line, name, account, ifsc, mode,
                new BigDecimal(amount), narration, email, null, null, InstructionStatus.PENDING, null, null, null);
    }

    static PaymentFileRequest batch() {
        return new PaymentFileRequest(DEBIT_ACCOUNT, PAYMENT_DATE, List.of(
                payment(1, "Shree Ganesh Traders", "50100012345678", "HDFC0001234", PaymentMode.NEFT, "45000.00",
                        "BILL INV-1001", "accounts@ganesh.example"),
                payment(2, "Kaveri Steel Pvt Ltd", "000405012345", "ICIC0000004", PaymentMode.RTGS, "250000",
                        "BILL KS/77", null),
                payment(3, "A. K. Rao", "12345678901", "SBIN0012345", PaymentMode.NEFT, "1234.5", null, null)));
    }

    static byte[] resource(String name) {
        try (InputStream in = SamplePayments.class.getResourceAsStream("/payment/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /payment/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

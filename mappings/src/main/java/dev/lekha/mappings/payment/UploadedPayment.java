package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.PaymentMode;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment read back from an upload file. */
public record UploadedPayment(int row, String customerReference, PaymentMode mode, BigDecimal amount,
                              String beneficiaryName, String accountNumber, String ifsc, String narration, String email,
                              LocalDate paymentDate) {
}

package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.PaymentInstruction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What goes into one upload file.
 *
 * @param debitAccountNumber the company's account the bank debits
 * @param paymentDate        the date the bank is asked to pay on
 * @param payments           in line order; each line's {@code lineNo} is the row reported in problems
 */
public record PaymentFileRequest(String debitAccountNumber, LocalDate paymentDate, List<PaymentInstruction> payments) {

    public PaymentFileRequest {
        Objects.requireNonNull(debitAccountNumber, "debitAccountNumber");
        Objects.requireNonNull(paymentDate, "paymentDate");
        payments = List.copyOf(payments);
    }
}

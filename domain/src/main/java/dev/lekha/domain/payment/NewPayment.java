package dev.lekha.domain.payment;

import java.math.BigDecimal;

/**
 * A payment to put in a new batch.
 *
 * @param payeeRef          the employee or vendor code the payer knows the beneficiary by; may be null
 * @param purchaseInvoiceId the bill it pays (vendor batches); null for salary
 */
public record NewPayment(String beneficiaryName, String accountNumber, String ifsc, PaymentMode mode, BigDecimal amount,
                         String narration, String beneficiaryEmail, String payeeRef, Long purchaseInvoiceId) {
}

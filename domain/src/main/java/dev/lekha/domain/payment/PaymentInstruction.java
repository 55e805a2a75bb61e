package dev.lekha.domain.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of a batch. {@link #toString()} masks the account number.
 *
 * @param ourReference the customer reference the bank echoes back; unique per company
 * @param utr          the bank's unique transaction reference once paid
 * @param bankReason   why the bank rejected it
 */
public record PaymentInstruction(long id, long batchId, int lineNo, String ourReference, String beneficiaryName,
                                 String accountNumber, String ifsc, PaymentMode mode, BigDecimal amount,
                                 String narration, String beneficiaryEmail, String payeeRef, Long purchaseInvoiceId,
                                 InstructionStatus status, String utr, String bankReason, LocalDate settledOn) {

    /** The account number with all but its last four characters replaced by X. */
    public String maskedAccountNumber() {
        int keep = Math.min(4, accountNumber.length());
        return "X".repeat(accountNumber.length() - keep) + accountNumber.substring(accountNumber.length() - keep);
    }

    @Override
    public String toString() {
        return "PaymentInstruction[" + ourReference + ", " + beneficiaryName + ", " + maskedAccountNumber() + ", "
                + ifsc + ", " + mode + ", " + amount + ", " + status + "]";
    }
}

package dev.lekha.domain.payment;

import java.time.LocalDate;

/**
 * What the bank says happened to one payment, read from its acknowledgement (reverse) file.
 *
 * @param row        the row of the file it came from, for error messages
 * @param paid       true when executed, false when rejected
 * @param utr        the bank's transaction reference when paid
 * @param reason     the bank's reason when rejected
 * @param valueDate  the date the money moved; null means the batch's payment date
 */
public record BankOutcome(int row, String ourReference, boolean paid, String utr, String reason, LocalDate valueDate) {
}

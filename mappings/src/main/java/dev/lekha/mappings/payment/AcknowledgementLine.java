package dev.lekha.mappings.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line a bank writes in its reverse file (used to write sandbox reverse files and in tests). */
public record AcknowledgementLine(String customerReference, String beneficiaryName, String accountNumber, String ifsc,
                                  BigDecimal amount, LocalDate valueDate, boolean paid, String utr, String reason) {
}

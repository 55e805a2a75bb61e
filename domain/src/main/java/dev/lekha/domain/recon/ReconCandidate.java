package dev.lekha.domain.recon;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something a bank line can be matched to, as stored: {@code type} is SALES_DOCUMENT, PURCHASE_INVOICE,
 * RAZORPAY_SETTLEMENT or JOURNAL_ENTRY; {@code outstanding} what is still open of it.
 */
public record ReconCandidate(String type, long id, boolean credit, LocalDate date, BigDecimal outstanding,
                             String number, String reference, String party) {
}

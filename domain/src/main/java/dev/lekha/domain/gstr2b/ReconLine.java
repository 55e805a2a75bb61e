package dev.lekha.domain.gstr2b;

import java.time.Instant;

/**
 * One reconciliation line as people see it.
 *
 * @param purchaseInvoiceId null when the 2B document is missing in the books
 * @param gstr2bDocumentId  null when the invoice is missing in 2B
 * @param decision          PROPOSED, ACCEPTED, REJECTED or MANUAL
 */
public record ReconLine(long id, String gstin, String financialYear, Long purchaseInvoiceId, Long gstr2bDocumentId,
                        String outcome, String rule, String reason, String differences, String decision,
                        String decidedBy, Instant decidedAt) {
}

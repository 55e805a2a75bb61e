package dev.lekha.domain.invoice;

import java.util.List;

/**
 * Validates and stores sales documents arriving from any channel (API, queue, file drop), once.
 *
 * <p>A document is identified by company, financial year, document type and number. Receiving the
 * same content again returns the stored document with {@code duplicate = true} and has no other
 * effect; the same number with different content is rejected. A stored document is announced as
 * {@code invoice.received} through the outbox in the same transaction.
 */
public interface SalesDocumentIntake {

    /**
     * Validates and stores one document.
     *
     * @param document the document as sent; must not be null
     * @param channel  where it came from: {@code api}, {@code queue} or {@code drop}
     * @throws InvalidSalesDocumentException with every problem found; nothing is stored
     */
    IntakeResult receive(IncomingSalesDocument document, String channel);

    /**
     * Validates and stores several documents (one file) all or nothing.
     *
     * @throws InvalidSalesDocumentException listing the problems of every bad document; nothing is stored
     */
    List<IntakeResult> receiveAll(List<IncomingSalesDocument> documents, String channel);

    /** @param duplicate true when this exact document had already been stored */
    record IntakeResult(long documentId, long companyId, String documentNumber, boolean duplicate) {
    }
}

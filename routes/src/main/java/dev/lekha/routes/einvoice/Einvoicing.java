package dev.lekha.routes.einvoice;

import dev.lekha.connectors.nic.CancelIrnRequest;
import dev.lekha.connectors.nic.CancelledIrn;
import dev.lekha.connectors.nic.InvoiceRegistrationPortal;
import dev.lekha.connectors.nic.IrpRejectedException;
import dev.lekha.connectors.nic.IrpUnavailableException;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.mappings.einvoice.IrnResults;
import dev.lekha.routes.einvoice.EinvoiceOperationException.Kind;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person does with an e-invoice: cancel its IRN (within 24 hours, on the IRP's reason codes),
 * or send it again now (after fixing credentials, or when the IRP was down).
 */
@Component
public class Einvoicing {

    /** The IRP's cancellation reasons ({@code CnlRsn}); the e-way bill API numbers its own differently. */
    public static final Map<String, String> CANCEL_REASONS = Map.of("1", "Duplicate", "2", "Data entry mistake",
            "3", "Order cancelled", "4", "Others");
    static final int MAX_REMARK = 100;

    private final Einvoices einvoices;
    private final SalesDocuments documents;
    private final InvoiceRegistrationPortal irp;
    private final EinvoiceOutcomes outcomes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Einvoicing(Einvoices einvoices, SalesDocuments documents, InvoiceRegistrationPortal irp,
                      EinvoiceOutcomes outcomes, PlatformTransactionManager transactions, Clock clock) {
        this.einvoices = einvoices;
        this.documents = documents;
        this.irp = irp;
        this.outcomes = outcomes;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record CancelTarget(long einvoiceId, String gstin, String irn) {
    }

    /**
     * Cancels the IRN of a document.
     *
     * @param reason {@code 1} duplicate, {@code 2} data entry mistake, {@code 3} order cancelled, {@code 4} others
     * @param remark 1–100 characters
     * @return when the IRP cancelled it
     * @throws EinvoiceOperationException for a bad reason or remark, no active IRN, the IRP's refusal
     *         (e.g. 2270: more than 24 hours since the IRN) or the IRP being unreachable
     */
    public Instant cancel(long documentId, String reason, String remark) {
        if (reason == null || !CANCEL_REASONS.containsKey(reason.trim())) {
            throw new EinvoiceOperationException(Kind.INVALID_REQUEST, "reason", "'" + reason + "' is not a"
                    + " cancellation reason: use 1 (duplicate), 2 (data entry mistake), 3 (order cancelled) or 4 (others)");
        }
        if (remark == null || remark.isBlank() || remark.trim().length() > MAX_REMARK) {
            throw new EinvoiceOperationException(Kind.INVALID_REQUEST, "remark", "give a remark of 1 to "
                    + MAX_REMARK + " characters saying why the IRN is cancelled");
        }
        String code = reason.trim();
        String text = remark.trim();
        CancelTarget target = transaction.execute(s -> {
            Einvoice e = einvoices.findBySalesDocumentId(documentId).orElseThrow(() -> new EinvoiceOperationException(
                    Kind.NOT_FOUND, "document", "document " + documentId + " has no e-invoice"));
            if (e.getStatus() != EinvoiceStatus.GENERATED) {
                throw new EinvoiceOperationException(Kind.WRONG_STATE, "status", "only a generated IRN can be"
                        + " cancelled; the e-invoice of document " + documentId + " is " + e.getStatus());
            }
            return new CancelTarget(e.getId(), documents.findById(documentId).orElseThrow().getSupplierGstin(),
                    e.getIrn());
        });
        try {
            CancelledIrn answer = irp.cancelIrn(target.gstin(), new CancelIrnRequest(target.irn(), code, text));
            Instant at = IrnResults.cancelledAt(answer);
            outcomes.cancelled(target.einvoiceId(), at, code, text);
            return at;
        } catch (IrpRejectedException rejected) {
            throw EinvoiceOperationException.refusedBy(rejected);
        } catch (IrpUnavailableException unavailable) {
            throw EinvoiceOperationException.unreachable(unavailable);
        }
    }

    /**
     * Makes a pending e-invoice that waits for its next attempt (IRP outage, refused credentials) due at
     * once. A failed one is not sent again as it is: its content was refused, so only a corrected
     * document (same number, new content) makes it pending again.
     */
    public void retryNow(long documentId) {
        transaction.executeWithoutResult(s -> {
            Einvoice e = einvoices.findBySalesDocumentId(documentId).orElseThrow(() -> new EinvoiceOperationException(
                    Kind.NOT_FOUND, "document", "document " + documentId + " has no e-invoice"));
            if (e.getStatus() != EinvoiceStatus.PENDING) {
                throw new EinvoiceOperationException(Kind.WRONG_STATE, "status", "the e-invoice of document "
                        + documentId + " is " + e.getStatus() + "; only a pending one is sent again now"
                        + (e.getStatus() == EinvoiceStatus.FAILED ? " — send the corrected document instead" : ""));
            }
            e.retryNow(clock.instant());
            documents.findById(documentId).orElseThrow().changeEinvoiceStatus(EinvoiceStatus.PENDING);
        });
    }
}

package dev.lekha.routes.einvoice;

import dev.lekha.connectors.nic.EwayBill;
import dev.lekha.connectors.nic.InvoiceRegistrationPortal;
import dev.lekha.connectors.nic.IrpRejectedException;
import dev.lekha.connectors.nic.IrpUnavailableException;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.mappings.einvoice.EwayBillRequests;
import dev.lekha.mappings.einvoice.GeneratedEwayBill;
import dev.lekha.mappings.einvoice.IrnResults;
import dev.lekha.routes.einvoice.EinvoiceOperationException.Kind;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-way bills by IRN: right after registration when the document came with transport details, or
 * later when a person gives them (API or screen).
 */
@Component
public class EinvoiceEwayBills {

    private final Einvoices einvoices;
    private final SalesDocuments documents;
    private final InvoiceRegistrationPortal irp;
    private final EinvoiceOutcomes outcomes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public EinvoiceEwayBills(Einvoices einvoices, SalesDocuments documents, InvoiceRegistrationPortal irp,
                             EinvoiceOutcomes outcomes, PlatformTransactionManager transactions, Clock clock) {
        this.einvoices = einvoices;
        this.documents = documents;
        this.irp = irp;
        this.outcomes = outcomes;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record Target(long einvoiceId, String gstin, String irn, TransportDetails transport) {
    }

    /** After registration: generates the e-way bill from the stored transport; failures are noted, not thrown. */
    void afterRegistration(long einvoiceId) {
        Target t = transaction.execute(s -> {
            Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
            return new Target(einvoiceId, gstinOf(e), e.getIrn(), e.transportDetails());
        });
        try {
            generate(t);
        } catch (EinvoiceOperationException failed) {
            outcomes.ewayBillFailed(einvoiceId, failed.errors());
        }
    }

    /**
     * Generates the e-way bill of a registered document with {@code transport} (stored with it).
     *
     * @throws EinvoiceOperationException when there is no active IRN, or the IRP refuses or is unreachable
     */
    public GeneratedEwayBill generate(long documentId, TransportDetails transport) {
        if (transport == null) {
            throw new EinvoiceOperationException(Kind.INVALID_REQUEST, "transport",
                    "give the transport details (transporter id, or mode with vehicle or transport document)");
        }
        Target t = transaction.execute(s -> {
            Einvoice e = einvoices.findBySalesDocumentId(documentId).orElseThrow(() -> new EinvoiceOperationException(
                    Kind.NOT_FOUND, "document", "document " + documentId + " has no e-invoice"));
            if (e.getStatus() != EinvoiceStatus.GENERATED) {
                throw new EinvoiceOperationException(Kind.WRONG_STATE, "status", "an e-way bill by IRN needs an"
                        + " active IRN; the e-invoice of document " + documentId + " is " + e.getStatus());
            }
            if (e.getEwbNo() != null) {
                throw new EinvoiceOperationException(Kind.WRONG_STATE, "ewbNo", "e-way bill " + e.getEwbNo()
                        + " already exists for this IRN");
            }
            e.transport(transport);
            return new Target(e.getId(), gstinOf(e), e.getIrn(), transport);
        });
        return generate(t);
    }

    private GeneratedEwayBill generate(Target t) {
        try {
            EwayBill answer = irp.generateEwayBill(t.gstin, EwayBillRequests.of(t.irn, t.transport));
            GeneratedEwayBill bill = IrnResults.ewayBill(answer, t.irn);
            outcomes.ewayBill(t.einvoiceId, bill);
            return bill;
        } catch (IrpRejectedException rejected) {
            throw EinvoiceOperationException.refusedBy(rejected);
        } catch (IrpUnavailableException unavailable) {
            throw EinvoiceOperationException.unreachable(unavailable);
        }
    }

    private String gstinOf(Einvoice e) {
        return documents.findById(e.getSalesDocumentId()).orElseThrow().getSupplierGstin();
    }
}

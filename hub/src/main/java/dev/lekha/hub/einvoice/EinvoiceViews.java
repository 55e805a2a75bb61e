package dev.lekha.hub.einvoice;

import dev.lekha.connectors.nic.SignedDocument;
import dev.lekha.connectors.nic.SignedDocumentVerifier;
import dev.lekha.connectors.nic.SignedQrCode;
import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.mappings.einvoice.EinvoicePdf;
import dev.lekha.mappings.einvoice.RegisteredIrn;
import dev.lekha.routes.einvoice.EinvoiceOperationException;
import dev.lekha.routes.einvoice.EinvoiceOutcomes;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds what the API and screens show of a document's e-invoice, and its PDF. */
@Service
public class EinvoiceViews {

    private final SalesDocuments documents;
    private final Einvoices einvoices;
    private final Companies companies;
    private final GstRegistrations registrations;
    private final SignedDocumentVerifier verifier;
    private final EinvoiceOutcomes outcomes;

    public EinvoiceViews(SalesDocuments documents, Einvoices einvoices, Companies companies,
                         GstRegistrations registrations, SignedDocumentVerifier verifier, EinvoiceOutcomes outcomes) {
        this.documents = documents;
        this.einvoices = einvoices;
        this.companies = companies;
        this.registrations = registrations;
        this.verifier = verifier;
        this.outcomes = outcomes;
    }

    /** @throws EinvoiceOperationException (NOT_FOUND) for an unknown document */
    @Transactional(readOnly = true)
    public SalesDocument document(long documentId) {
        return documents.findById(documentId).orElseThrow(() -> new EinvoiceOperationException(
                EinvoiceOperationException.Kind.NOT_FOUND, "document", "no sales document " + documentId));
    }

    /** The e-invoice of a document; NOT_APPLICABLE with nothing else when it needs none. */
    @Transactional(readOnly = true)
    public EinvoiceView view(long documentId) {
        SalesDocument d = document(documentId);
        Einvoice e = einvoices.findBySalesDocumentId(documentId).orElse(null);
        if (e == null) {
            return new EinvoiceView(d.getId(), d.getCompanyId(), d.getDocumentType().name(), d.getDocumentNumber(),
                    d.getDocumentDate(), d.getSupplierGstin(), d.getBuyerGstin(), d.getTotal(),
                    d.getEinvoiceStatus().name(), null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, List.of(), 0, null);
        }
        EinvoiceView.QrFields qr = null;
        Boolean valid = null;
        if (e.getSignedQrCode() != null) {
            SignedDocument signedQr = verifier.verify(e.getSignedQrCode());
            SignedDocument signedInvoice = verifier.verify(e.getSignedInvoice());
            valid = signedQr.valid() && signedInvoice.valid();
            if (signedQr.data() != null) {
                try {
                    SignedQrCode q = SignedQrCode.fromVerifiedData(signedQr.data());
                    qr = new EinvoiceView.QrFields(q.sellerGstin(), q.buyerGstin(), q.docNo(), q.docTyp(), q.docDt(),
                            q.totInvVal(), q.itemCnt(), q.mainHsnCode(), q.irn(), q.irnDt());
                } catch (IllegalArgumentException unreadable) {
                    valid = false;
                }
            }
        }
        return new EinvoiceView(d.getId(), d.getCompanyId(), d.getDocumentType().name(), d.getDocumentNumber(),
                d.getDocumentDate(), d.getSupplierGstin(), d.getBuyerGstin(), d.getTotal(), e.getStatus().name(),
                e.getIrn(), e.getAckNo(), e.getAckDate(), e.getIrpStatus(), e.getSignedInvoice(), e.getSignedQrCode(),
                qr, valid, e.getEwbNo(), e.getEwbDate(), e.getEwbValidTill(), e.getCancelDate(), e.getCancelReason(),
                e.getCancelRemark(), outcomes.errors(e.getErrors()), e.getAttempts(), e.getNextAttemptAt());
    }

    /**
     * The invoice PDF with the signed QR code; only for documents with an IRN.
     *
     * @throws EinvoiceOperationException (WRONG_STATE) before an IRN exists
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long documentId) {
        SalesDocument d = document(documentId);
        Einvoice e = einvoices.findBySalesDocumentId(documentId).orElse(null);
        if (e == null || e.getIrn() == null) {
            throw new EinvoiceOperationException(EinvoiceOperationException.Kind.WRONG_STATE, "irn",
                    "document " + d.getDocumentNumber() + " has no IRN yet, so there is no e-invoice to print");
        }
        RegisteredIrn irn = new RegisteredIrn(e.getIrn(), e.getAckNo(), e.getAckDate(), e.getSignedInvoice(),
                e.getSignedQrCode(), e.getStatus() == EinvoiceStatus.CANCELLED ? RegisteredIrn.CANCELLED
                : e.getIrpStatus() == null ? RegisteredIrn.ACTIVE : e.getIrpStatus(),
                e.getEwbNo(), e.getEwbDate(), e.getEwbValidTill());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        EinvoicePdf.write(d, registrations.findById(d.getRegistrationId()).orElseThrow(),
                companies.findById(d.getCompanyId()).orElseThrow(), irn, out);
        return out.toByteArray();
    }
}

package dev.lekha.hub.einvoice;

import dev.lekha.routes.einvoice.EinvoiceOutcomes.ErrorEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document's e-invoice as {@code GET /api/invoices/{id}/einvoice} and the screens show it: the IRP's
 * result, the signed QR decoded and its signature checked against the IRP signing certificate, the
 * e-way bill, and every error.
 *
 * @param status        {@code NOT_APPLICABLE}, {@code PENDING}, {@code GENERATED}, {@code FAILED} or {@code CANCELLED}
 * @param qr            the signed QR's 10 fields, null before an IRN
 * @param signatureValid whether the signed QR and invoice verify against the IRP signing certificate; null before an IRN
 */
public record EinvoiceView(long documentId, long companyId, String documentType, String documentNumber,
                           LocalDate documentDate, String supplierGstin, String buyerGstin, BigDecimal total,
                           String status, String irn, String ackNo, Instant ackDate, String irpStatus,
                           String signedInvoice, String signedQrCode, QrFields qr, Boolean signatureValid,
                           String ewbNo, Instant ewbDate, Instant ewbValidTill, Instant cancelDate,
                           String cancelReason, String cancelRemark, List<ErrorEntry> errors, int attempts,
                           Instant nextAttemptAt) {

    /** The signed QR payload as the IRP defines it (10 fields). */
    public record QrFields(String sellerGstin, String buyerGstin, String docNo, String docTyp, String docDt,
                           BigDecimal totInvVal, int itemCnt, String mainHsnCode, String irn, String irnDt) {
    }
}

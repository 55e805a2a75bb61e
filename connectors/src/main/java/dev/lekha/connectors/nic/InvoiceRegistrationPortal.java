package dev.lekha.connectors.nic;

import java.time.LocalDate;

/**
 * The IRP's e-invoice API for one taxpayer GSTIN at a time (auth v1.04, core v1.03). Implementations
 * authenticate, encrypt and decrypt as the IRP requires; callers see plain DTOs.
 *
 * <p>Every method throws {@link IrpRejectedException} when the IRP refuses (permanent for that content),
 * {@link IrpUnavailableException} when it cannot be reached or answers with a server error (transient),
 * and {@link IrpAuthenticationException} when the GSTIN's credentials are refused.
 */
public interface InvoiceRegistrationPortal {

    /** Generate IRN: registers {@code invoice} of the seller {@code gstin}. */
    IrnDetails generateIrn(String gstin, IrpInvoice invoice);

    /** Get e-invoice by IRN. */
    IrnDetails getByIrn(String gstin, String irn);

    /** Get IRN by document details: type (INV/CRN/DBN), number and date. */
    IrnDetails getByDocument(String gstin, String documentType, String documentNumber, LocalDate documentDate);

    /** Cancel IRN (within 24 hours of its generation). */
    CancelledIrn cancelIrn(String gstin, CancelIrnRequest request);

    /** Generate e-way bill by IRN. */
    EwayBill generateEwayBill(String gstin, EwbByIrnRequest request);

    /** Get GSTIN details of any taxpayer, asked as {@code gstin}. */
    GstinDetails gstinDetails(String gstin, String lookupGstin);
}

package dev.lekha.mappings.einvoice;

import java.time.Instant;
import java.util.Objects;

/**
 * An IRN the IRP issued, with what must be kept and printed: the signed invoice and signed QR code
 * (JWS strings, kept exactly as received), and the e-way bill when one came with it.
 *
 * @param irn           64 hex characters; never null
 * @param ackNo         the acknowledgement number, 15 digits; never null
 * @param ackDate       when the IRP acknowledged; never null
 * @param signedInvoice never null
 * @param signedQrCode  the string to print as the QR code; never null
 * @param irpStatus     {@code ACT} (active) or {@code CNL} (cancelled); never null
 * @param ewbNo         the e-way bill number (12 digits), or null
 * @param ewbDate       when the e-way bill was generated, or null
 * @param ewbValidTill  until when it is valid, or null (no Part B yet)
 */
public record RegisteredIrn(String irn, String ackNo, Instant ackDate, String signedInvoice, String signedQrCode,
                            String irpStatus, String ewbNo, Instant ewbDate, Instant ewbValidTill) {

    public static final String ACTIVE = "ACT";
    public static final String CANCELLED = "CNL";

    public RegisteredIrn {
        Objects.requireNonNull(irn, "irn must not be null");
        Objects.requireNonNull(ackNo, "ackNo must not be null");
        Objects.requireNonNull(ackDate, "ackDate must not be null");
        Objects.requireNonNull(signedInvoice, "signedInvoice must not be null");
        Objects.requireNonNull(signedQrCode, "signedQrCode must not be null");
        Objects.requireNonNull(irpStatus, "irpStatus must not be null");
    }

    public boolean isCancelled() {
        return CANCELLED.equals(irpStatus);
    }

    /** A copy carrying {@code ewayBill}, generated after the IRN. */
    public RegisteredIrn withEwayBill(GeneratedEwayBill ewayBill) {
        return new RegisteredIrn(irn, ackNo, ackDate, signedInvoice, signedQrCode, irpStatus, ewayBill.ewbNo(),
                ewayBill.ewbDate(), ewayBill.validTill());
    }

    /** A copy marked cancelled on the IRP. */
    public RegisteredIrn cancelled() {
        return new RegisteredIrn(irn, ackNo, ackDate, signedInvoice, signedQrCode, CANCELLED, ewbNo, ewbDate,
                ewbValidTill);
    }
}

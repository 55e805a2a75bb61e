package dev.lekha.connectors.nic.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One document registered with the sandbox IRP and what has happened to it since: what
 * {@link IrpSandboxStore} keeps per IRN. Immutable; changes make a copy.
 *
 * @param irn             the IRN (64 lowercase hex), never null
 * @param sellerGstin     the seller (the GSTIN that registered it)
 * @param buyerGstin      the buyer's GSTIN or {@code URP}
 * @param docType         INV, CRN or DBN
 * @param docNo           document number as submitted
 * @param docDate         document date dd/MM/yyyy as submitted
 * @param totInvVal       total invoice value
 * @param ackNo           15-digit acknowledgement number
 * @param ackDt           acknowledgement date, {@code yyyy-MM-dd HH:mm:ss} IST
 * @param acknowledgedAt  the same instant, for the 24-hour and 2-day windows
 * @param signedInvoice   compact JWS of the invoice
 * @param signedQrCode    compact JWS of the QR data
 * @param status          {@code ACT} or {@code CNL}
 * @param cancelDate      {@code yyyy-MM-dd HH:mm:ss} IST, or null while active
 * @param hasGoods        true when at least one item is goods (an e-way bill is possible)
 * @param dispatchPin     PIN the goods leave from (dispatch address, else seller)
 * @param deliveryPin     PIN the goods go to (ship-to address, else buyer), or null (exports)
 * @param ewbNo           12-digit e-way bill number, or null
 * @param ewbDt           e-way bill date, or null
 * @param ewbValidTill    e-way bill validity end, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredIrn(String irn, String sellerGstin, String buyerGstin, String docType, String docNo,
                            String docDate, BigDecimal totInvVal, long ackNo, String ackDt, Instant acknowledgedAt,
                            String signedInvoice, String signedQrCode, String status, String cancelDate,
                            boolean hasGoods, Integer dispatchPin, Integer deliveryPin, Long ewbNo, String ewbDt,
                            String ewbValidTill) {

    public static final String ACTIVE = "ACT";
    public static final String CANCELLED = "CNL";

    public RegisteredIrn {
        Objects.requireNonNull(irn, "irn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    RegisteredIrn cancelled(String at) {
        return new RegisteredIrn(irn, sellerGstin, buyerGstin, docType, docNo, docDate, totInvVal, ackNo, ackDt,
                acknowledgedAt, signedInvoice, signedQrCode, CANCELLED, at, hasGoods, dispatchPin, deliveryPin, ewbNo,
                ewbDt, ewbValidTill);
    }

    RegisteredIrn withEwayBill(long number, String date, String validTill) {
        return new RegisteredIrn(irn, sellerGstin, buyerGstin, docType, docNo, docDate, totInvVal, ackNo, ackDt,
                acknowledgedAt, signedInvoice, signedQrCode, status, cancelDate, hasGoods, dispatchPin, deliveryPin,
                number, date, validTill);
    }
}

package dev.lekha.routes.einvoice;

import java.math.BigDecimal;

/** Reads the fields Lekha compares from an IRP signed QR code, checking its signature. */
public interface SignedQrFields {

    /**
     * @param signedQrCode the IRP's signed QR (compact JWS)
     * @throws IllegalArgumentException when it is not a readable signed QR or its signature does not verify
     */
    Fields read(String signedQrCode);

    record Fields(String sellerGstin, String buyerGstin, String documentNumber, BigDecimal totalInvoiceValue) {
    }
}

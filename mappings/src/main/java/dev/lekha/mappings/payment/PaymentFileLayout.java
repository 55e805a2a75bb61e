package dev.lekha.mappings.payment;

import java.util.Locale;

/** The bulk upload layouts Lekha writes (and whose reverse files it reads). See docs/payment-files.md. */
public enum PaymentFileLayout {
    /** Lekha's own documented NEFT/RTGS/IMPS CSV, for banks that accept a mapped CSV. */
    GENERIC_CSV,
    /** HDFC Bank ENet bulk (vendor) payment upload, 28 comma-separated columns, and its reverse file. */
    HDFC_ENET;

    /** @throws IllegalArgumentException naming the layouts there are */
    public static PaymentFileLayout parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("payment file layout '" + value + "' is not one of GENERIC_CSV, HDFC_ENET");
        }
    }

    public PaymentFileFormat format() {
        return switch (this) {
            case GENERIC_CSV -> new GenericPaymentCsv();
            case HDFC_ENET -> new HdfcEnetBulkUpload();
        };
    }
}

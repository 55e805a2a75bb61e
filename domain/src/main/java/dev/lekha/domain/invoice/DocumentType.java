package dev.lekha.domain.invoice;

import java.util.Arrays;
import java.util.Optional;

/** Sales document types, with the NIC e-invoice schema's codes ({@code DocDtls.Typ}). */
public enum DocumentType {
    /** Tax invoice. */
    INV,
    /** Credit note: reduces an earlier invoice. */
    CRN,
    /** Debit note: increases an earlier invoice. */
    DBN;

    public static Optional<DocumentType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    /** Credit and debit notes must name the invoice they adjust. */
    public boolean isNote() {
        return this != INV;
    }
}

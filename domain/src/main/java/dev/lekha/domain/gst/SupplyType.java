package dev.lekha.domain.gst;

import java.util.Arrays;
import java.util.Optional;

/** The supply type of a sales document, with the NIC e-invoice schema's codes ({@code TranDtls.SupTyp}). */
public enum SupplyType {
    /** To a registered person in India. */
    B2B,
    /** To an unregistered person (consumer); no e-invoice. */
    B2C,
    /** To a SEZ unit or developer with payment of IGST. */
    SEZWP,
    /** To a SEZ unit or developer under bond/LUT, without payment of tax. */
    SEZWOP,
    /** Export with payment of IGST. */
    EXPWP,
    /** Export under bond/LUT, without payment of tax. */
    EXPWOP,
    /** Deemed export (section 147 of the CGST Act; notification 48/2017-Central Tax). */
    DEXP;

    /** The type for a code such as {@code B2B}; empty when unknown (case-sensitive, as the IRP is). */
    public static Optional<SupplyType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    public boolean isExport() {
        return this == EXPWP || this == EXPWOP;
    }

    public boolean isSez() {
        return this == SEZWP || this == SEZWOP;
    }

    /** Whether the buyer must be identified by a GSTIN (every type except B2C and exports). */
    public boolean requiresBuyerGstin() {
        return this == B2B || isSez() || this == DEXP;
    }
}

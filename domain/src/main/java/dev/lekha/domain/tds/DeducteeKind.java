package dev.lekha.domain.tds;

/**
 * The class of deductee a TDS rate depends on (194C: 1% for individuals and HUFs, 2% for others), read from the
 * fourth letter of the PAN: {@code P} individual, {@code H} Hindu undivided family; C, F, A, T, B, L, J, G others.
 */
public enum DeducteeKind {
    IND_HUF, OTHER;

    /**
     * The kind a PAN's fourth letter names; {@code fallback} when the PAN is missing or malformed.
     *
     * @param pan      may be null
     * @param fallback what the caller knows of the deductee without a PAN; must not be null
     */
    public static DeducteeKind fromPan(String pan, DeducteeKind fallback) {
        if (!Pan.isValid(pan)) {
            return fallback;
        }
        char c = pan.charAt(3);
        return c == 'P' || c == 'H' ? IND_HUF : OTHER;
    }
}

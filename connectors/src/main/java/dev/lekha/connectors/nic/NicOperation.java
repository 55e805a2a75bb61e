package dev.lekha.connectors.nic;

/** The IRP operations {@link NicClient} performs, each with the short name used in exchange records. */
public enum NicOperation {
    AUTH("auth"),
    GENERATE_IRN("generate-irn"),
    GET_IRN("get-irn"),
    GET_IRN_BY_DOCUMENT("get-irn-by-document"),
    CANCEL_IRN("cancel-irn"),
    GENERATE_EWB("generate-ewb"),
    GSTIN_DETAILS("gstin-details");

    private final String label;

    NicOperation(String label) {
        this.label = label;
    }

    /** The short name, e.g. {@code generate-irn}; never null. */
    public String label() {
        return label;
    }
}

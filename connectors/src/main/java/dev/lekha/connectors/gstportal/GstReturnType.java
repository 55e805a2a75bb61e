package dev.lekha.connectors.gstportal;

/** The returns the client files, with the portal's path segment and form type code. */
public enum GstReturnType {
    GSTR1("gstr1", "R1"),
    GSTR3B("gstr3b", "R3B");

    private final String pathSegment;
    private final String formType;

    GstReturnType(String pathSegment, String formType) {
        this.pathSegment = pathSegment;
        this.formType = formType;
    }

    /** e.g. {@code gstr1} in {@code /returns/gstr1}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The portal's form type, e.g. {@code R1} ({@code form_type} of EVCOTP, {@code form_typ} of RETSTATUS). */
    public String formType() {
        return formType;
    }
}

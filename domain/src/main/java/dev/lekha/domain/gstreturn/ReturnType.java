package dev.lekha.domain.gstreturn;

/** The GST returns Lekha prepares. */
public enum ReturnType {
    /** Details of outward supplies (section 37 CGST Act). */
    GSTR1,
    /** Summary return with payment of tax (section 39 CGST Act, rule 61). */
    GSTR3B
}

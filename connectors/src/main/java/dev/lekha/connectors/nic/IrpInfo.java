package dev.lekha.connectors.nic;

import java.util.List;

/**
 * One entry of the IRP's {@code InfoDtls}: its code {@code InfCd} and its {@code Desc}. Known codes:
 * {@code DUPIRN} (with error 2150; Desc an object with AckNo, AckDt, Irn) and {@code EWBERR} (the e-way bill
 * part of a Generate IRN failed although the IRN was generated; Desc a list of ErrorCode/ErrorMessage).
 *
 * @param code            the {@code InfCd}; never null (empty when the IRP left it out)
 * @param descriptionJson the {@code Desc} as JSON text (object, array or string), or null
 * @param errors          the {@code Desc} entries read as errors when it is a list of them, else empty; never null
 */
public record IrpInfo(String code, String descriptionJson, List<IrpError> errors) {

    public static final String DUPLICATE_IRN = "DUPIRN";
    public static final String EWAY_BILL_ERROR = "EWBERR";

    public IrpInfo {
        code = code == null ? "" : code;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}

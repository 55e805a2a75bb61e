package dev.lekha.mappings.invoice;

import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import java.math.BigDecimal;

/** Short-hand for expected lines in tests: amounts as decimal strings, exactly as they must be read. */
final class Documents {

    private Documents() {
    }

    static Line line(int lineNo, String description, String hsn, boolean service, String quantity, String uqc,
                     String unitPrice, String discount, String taxableValue, String gstRate, String igst,
                     String cgst, String sgst, String cess) {
        return new Line(lineNo, description, hsn, service, dec(quantity), uqc, dec(unitPrice), dec(discount),
                dec(taxableValue), dec(gstRate), dec(igst), dec(cgst), dec(sgst), dec(cess));
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}

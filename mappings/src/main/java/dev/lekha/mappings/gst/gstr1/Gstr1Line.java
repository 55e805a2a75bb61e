package dev.lekha.mappings.gst.gstr1;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a sales document as the books hold it.
 *
 * @param lineNo      the line number (for error messages)
 * @param hsn         HSN (goods) or SAC (services) code, digits only
 * @param description item description; may be null
 * @param service     true for a service (UQC {@code NA}, quantity 0 in the HSN summary)
 * @param quantity    quantity; never null
 * @param uqc         unit quantity code (e.g. {@code NOS}); ignored for services
 * @param rate        GST rate in percent (e.g. 18, 0.25)
 * @param amounts     taxable value and taxes of the line
 * @param category    taxable, nil-rated, exempt or non-GST
 */
public record Gstr1Line(int lineNo, String hsn, String description, boolean service, BigDecimal quantity, String uqc,
                        BigDecimal rate, Gstr1Amounts amounts, TaxCategory category) {

    public Gstr1Line {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(category, "category");
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
    }
}

package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.invoice.DocumentType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The period's sales lines of one GSTIN summed over one combination of the attributes GSTR-3B tables
 * 3.1, 3.1.1 and 3.2 depend on: the job's {@code GROUP BY} over {@code sales_document} joined with
 * {@code sales_document_line}, cancelled documents left out (a cancelled document is not a supply).
 * Amounts are as the documents carry them (positive); a credit note's are subtracted by
 * {@link Gstr3bCalculator}.
 *
 * @param documentType    INV, CRN or DBN; never null
 * @param supplyType      the document's supply type; never null
 * @param category        the lines' tax category; never null
 * @param placeOfSupply   two-digit state code ({@code 96} for exports); never null
 * @param reverseCharge   whether the recipient pays the tax ({@code sales_document.reverse_charge})
 * @param recipient       the class of buyer (see {@link RecipientClass} for how it is derived); never null
 * @param ecommerceGstin  the e-commerce operator's GSTIN ({@code sales_document.ecommerce_gstin}); null when
 *                        the supply was not made through an operator
 */
public record OutwardSupplyTotals(DocumentType documentType, SupplyType supplyType, TaxCategory category,
                                  String placeOfSupply, boolean reverseCharge, RecipientClass recipient,
                                  String ecommerceGstin, BigDecimal taxableValue, TaxHeads tax) {

    public OutwardSupplyTotals {
        Objects.requireNonNull(documentType, "documentType must not be null");
        Objects.requireNonNull(supplyType, "supplyType must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply must not be null");
        Objects.requireNonNull(recipient, "recipient must not be null");
        taxableValue = Money.orZero(taxableValue);
        tax = tax == null ? TaxHeads.ZERO : tax;
    }
}

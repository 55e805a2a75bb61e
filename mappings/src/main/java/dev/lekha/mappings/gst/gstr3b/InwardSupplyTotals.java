package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.invoice.DocumentType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The period's purchase lines of one GSTIN summed over what GSTR-3B tables 3.1(d) and 5 depend on:
 * the job's {@code GROUP BY} over {@code purchase_invoice} joined with {@code purchase_invoice_line}.
 * Amounts positive as the documents carry them; a credit note's are subtracted by {@link Gstr3bCalculator}.
 *
 * @param documentType        INV, CRN or DBN; never null
 * @param category            the lines' tax category; never null
 * @param reverseCharge       whether we, the recipient, pay the tax ({@code purchase_invoice.reverse_charge})
 * @param compositionSupplier whether the supplier is a composition taxpayer ({@code purchase_invoice.composition_supplier}):
 *                            its supplies carry no tax and count in table 5 with exempt inward supplies
 * @param supplierState       the supplier's state code (the first two characters of its GSTIN); never null
 * @param placeOfSupply       the purchase's place of supply; never null. Table 5 splits inter-state
 *                            (supplier's state differs from the place of supply) and intra-state
 */
public record InwardSupplyTotals(DocumentType documentType, TaxCategory category, boolean reverseCharge,
                                 boolean compositionSupplier, String supplierState, String placeOfSupply,
                                 BigDecimal taxableValue, TaxHeads tax) {

    public InwardSupplyTotals {
        Objects.requireNonNull(documentType, "documentType must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(supplierState, "supplierState must not be null");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply must not be null");
        taxableValue = Money.orZero(taxableValue);
        tax = tax == null ? TaxHeads.ZERO : tax;
    }

    boolean interState() {
        return !supplierState.equals(placeOfSupply);
    }
}

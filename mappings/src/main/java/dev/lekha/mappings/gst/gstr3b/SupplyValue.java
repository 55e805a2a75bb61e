package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;

/**
 * A row of GSTR-3B table 3.1 or 3.1.1: taxable value and the tax on it, rupees at scale 2.
 * Rows that report only a value (nil/exempt, non-GST, 3.1.1(ii)) carry {@link TaxHeads#ZERO}.
 */
public record SupplyValue(BigDecimal taxableValue, TaxHeads tax) {

    public static final SupplyValue ZERO = new SupplyValue(Money.ZERO, TaxHeads.ZERO);

    public SupplyValue {
        taxableValue = Money.orZero(taxableValue);
        tax = tax == null ? TaxHeads.ZERO : tax;
    }

    public static SupplyValue valueOnly(BigDecimal taxableValue) {
        return new SupplyValue(taxableValue, TaxHeads.ZERO);
    }

    public SupplyValue plus(SupplyValue other) {
        return new SupplyValue(taxableValue.add(other.taxableValue), tax.plus(other.tax));
    }
}

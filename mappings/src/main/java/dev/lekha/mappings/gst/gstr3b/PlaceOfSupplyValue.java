package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of GSTR-3B table 3.2: inter-state supplies to one class of recipient for one place of
 * supply (portal JSON {@code {"pos":"29","txval":…,"iamt":…}}).
 *
 * @param placeOfSupply the two-digit state code; never null
 */
public record PlaceOfSupplyValue(String placeOfSupply, BigDecimal taxableValue, BigDecimal igst) {

    public PlaceOfSupplyValue {
        Objects.requireNonNull(placeOfSupply, "placeOfSupply must not be null");
        taxableValue = Money.orZero(taxableValue);
        igst = Money.orZero(igst);
    }
}

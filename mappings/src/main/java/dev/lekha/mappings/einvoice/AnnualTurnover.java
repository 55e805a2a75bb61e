package dev.lekha.mappings.einvoice;

import dev.lekha.domain.gst.FinancialYear;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The aggregate turnover (PAN-wide, all registrations) of one financial year, in rupees.
 *
 * @param year               must not be null
 * @param aggregateTurnover  must not be null or negative
 */
public record AnnualTurnover(FinancialYear year, BigDecimal aggregateTurnover) {

    public AnnualTurnover {
        Objects.requireNonNull(year, "year must not be null");
        Objects.requireNonNull(aggregateTurnover, "aggregateTurnover must not be null");
        if (aggregateTurnover.signum() < 0) {
            throw new IllegalArgumentException("aggregate turnover of " + year + " is negative: " + aggregateTurnover);
        }
    }
}

package dev.lekha.mappings.salesregister;

import java.math.BigDecimal;

/** The exact sums written in the register's totals row, for the run's summary. */
public record SalesRegisterTotals(long documents, BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst,
                                  BigDecimal sgst, BigDecimal cess, BigDecimal total) {
}

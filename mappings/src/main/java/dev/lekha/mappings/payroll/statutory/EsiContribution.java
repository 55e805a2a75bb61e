package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;

/** One employee's ESI contributions for a month in whole rupees; wages at scale 2 (zero when not covered). */
public record EsiContribution(BigDecimal esiWages, BigDecimal employee, BigDecimal employer) {
}

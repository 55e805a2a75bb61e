package dev.lekha.mappings.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A salary structure in force from a date, its formulas already evaluated: the full-month amount of each
 * component (before any proration).
 *
 * @param effectiveFrom  first day the structure applies
 * @param monthlyAmounts component code to full-month rupees
 */
public record SalaryStructureAmounts(LocalDate effectiveFrom, Map<String, BigDecimal> monthlyAmounts) {

    public SalaryStructureAmounts {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        monthlyAmounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(monthlyAmounts));
    }

    /** The full-month amount of a component; zero when the structure does not carry it. */
    public BigDecimal amount(String code) {
        return monthlyAmounts.getOrDefault(code, BigDecimal.ZERO);
    }
}

package dev.lekha.mappings.payroll.statutory;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Everything statutory in force for one pay month and one work state: PF/EPS/EDLI, ESI, professional tax and Labour
 * Welfare Fund. Built from the dated {@code statutory_rate} and {@code statutory_slab} rows (batch-jobs
 * {@code PayrollRulesSource}); the calculators of this package take the parts.
 *
 * @param state two-letter work state code (MH, KA, WB, TN, TG, GJ, ...)
 */
public record PayrollStatutoryRules(YearMonth month, String state, PfRules pf, EsiRules esi, PtRules pt, LwfRules lwf) {

    public PayrollStatutoryRules {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pf, "pf");
        Objects.requireNonNull(esi, "esi");
        Objects.requireNonNull(pt, "pt");
        Objects.requireNonNull(lwf, "lwf");
    }
}

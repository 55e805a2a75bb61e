package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * ESI coverage and contributions for one employee and one month.
 *
 * <p>Rounding: rule 51 of the ESI (Central) Rules, 1950 has each share as "a sum (rounded to the next higher rupee)"
 * of the rate times wages, for the employer's share as for the employee's (amended from 1 October 2004; the
 * 2019 amendment, G.S.R. 423(E), changed only the rates). So both shares are rounded up: wages 15,050 give an
 * employee's share of 112.875 → 113 and an employer's share of 489.125 → 490.
 */
public final class EsiCalculator {

    private EsiCalculator() {
    }

    /**
     * Whether an employee whose monthly wages at the start of the contribution period are {@code
     * monthlyWagesAtPeriodStart} is covered for the whole period: wages up to and including the ceiling (s.2(9)).
     */
    public static boolean coveredFor(EsiRules rules, BigDecimal monthlyWagesAtPeriodStart) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(monthlyWagesAtPeriodStart, "monthlyWagesAtPeriodStart");
        return monthlyWagesAtPeriodStart.compareTo(rules.wageCeiling()) <= 0;
    }

    /**
     * The month's contributions: nothing when not covered; otherwise both shares on all ESI wages, rounded up to the
     * rupee, the employee's share nil when the average daily wage is at most the exemption limit (s.42(1), rule 52).
     */
    public static EsiContribution compute(EsiRules rules, EsiInput input) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(input, "input");
        if (!input.covered()) {
            return new EsiContribution(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal wages = input.esiWages().setScale(2, RoundingMode.HALF_UP);
        boolean exempt = input.averageDailyWage() != null
                && input.averageDailyWage().compareTo(rules.exemptAverageDailyWage()) <= 0;
        BigDecimal employee = exempt ? BigDecimal.ZERO : upToRupee(PfCalculator.percent(wages, rules.employeeRatePercent()));
        BigDecimal employer = upToRupee(PfCalculator.percent(wages, rules.employerRatePercent()));
        return new EsiContribution(wages, employee, employer);
    }

    private static BigDecimal upToRupee(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.CEILING);
    }
}

package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The ESI rules in force for one wage month, from {@code statutory_rate} (kind {@code ESI}).
 *
 * @param employeeRatePercent   employee's share of wages (rule 51(b) ESI (Central) Rules 1950; 0.75 from 1 July 2019)
 * @param employerRatePercent   employer's share (rule 51(a); 3.25 from 1 July 2019)
 * @param wageCeiling           monthly wages up to which an employee is covered, judged at the start of the
 *                              contribution period (s.2(9); rule 50; 21,000 from 1 January 2017)
 * @param exemptAverageDailyWage average daily wage up to and including which the employee pays nothing while the
 *                              employer still pays (s.42(1); rule 52; 176 from 6 September 2019)
 */
public record EsiRules(BigDecimal employeeRatePercent, BigDecimal employerRatePercent, BigDecimal wageCeiling,
                       BigDecimal exemptAverageDailyWage) {

    public EsiRules {
        Objects.requireNonNull(employeeRatePercent, "employeeRatePercent");
        Objects.requireNonNull(employerRatePercent, "employerRatePercent");
        Objects.requireNonNull(wageCeiling, "wageCeiling");
        Objects.requireNonNull(exemptAverageDailyWage, "exemptAverageDailyWage");
    }
}

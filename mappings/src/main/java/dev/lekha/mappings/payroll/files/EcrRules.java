package dev.lekha.mappings.payroll.files;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The statutory numbers an ECR is checked against, for one wage month, as the payroll read them from the dated
 * statutory rates (never constants here: the wage ceiling changes on 17 September 2026).
 *
 * @param wageMonth        the ECR's wage month (its days bound the NCP days)
 * @param wageCeiling      the EPS/EDLI wage ceiling for the month (for a month the ceiling changes in, the prorated
 *                         ceiling the payroll used)
 * @param epfRatePercent   the employee's and the employer's total contribution rate on EPF wages (12)
 * @param epsRatePercent   the employer's pension-scheme rate on EPS wages (8.33)
 */
public record EcrRules(YearMonth wageMonth, BigDecimal wageCeiling, BigDecimal epfRatePercent,
                       BigDecimal epsRatePercent) {

    public EcrRules {
        Objects.requireNonNull(wageMonth, "wageMonth must not be null");
        Objects.requireNonNull(wageCeiling, "wageCeiling must not be null");
        Objects.requireNonNull(epfRatePercent, "epfRatePercent must not be null");
        Objects.requireNonNull(epsRatePercent, "epsRatePercent must not be null");
    }
}

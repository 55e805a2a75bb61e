package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The EPF, EPS and EDLI rules in force for one wage month, as data read from {@code statutory_rate} (kind {@code PF}).
 * Rates are in percent.
 *
 * @param employeeRatePercent          employee's contribution on PF wages (s.6 EPF &amp; MP Act 1952; 12)
 * @param employerRatePercent          employer's contribution on the same wages, EPS plus EPF (s.6; 12)
 * @param epsRatePercent               part of the employer's share that goes to the pension fund, on wages up to the
 *                                     ceiling (para 3(2) EPS 1995; 8.33)
 * @param edliRatePercent              employer's EDLI contribution on wages up to the ceiling (para 8 EDLI 1976; 0.5)
 * @param adminRatePercent             EPF administrative charge on the wages contributions are paid on (S.O. 2011(E);
 *                                     0.5 from June 2018)
 * @param adminMinimumPerEstablishment least admin charge a month for an establishment with contributing members (500)
 * @param wageCeiling                  the wage ceiling for the month; a month in which the ceiling changes carries the
 *                                     day-weighted average (see {@link PfWageCeiling})
 * @param epsMaxAge                    age after which no EPS contribution is paid (58; the caller decides
 *                                     {@link PfInput#epsAgeExceeded()} from the date of birth)
 * @param wageExclusionLimitPercent    share of total remuneration the excluded allowances may reach before the excess
 *                                     counts as wages (Code on Social Security 2020, s.2(88) proviso; 50)
 */
public record PfRules(BigDecimal employeeRatePercent, BigDecimal employerRatePercent, BigDecimal epsRatePercent,
                      BigDecimal edliRatePercent, BigDecimal adminRatePercent, BigDecimal adminMinimumPerEstablishment,
                      BigDecimal wageCeiling, int epsMaxAge, BigDecimal wageExclusionLimitPercent) {

    public PfRules {
        Objects.requireNonNull(employeeRatePercent, "employeeRatePercent");
        Objects.requireNonNull(employerRatePercent, "employerRatePercent");
        Objects.requireNonNull(epsRatePercent, "epsRatePercent");
        Objects.requireNonNull(edliRatePercent, "edliRatePercent");
        Objects.requireNonNull(adminRatePercent, "adminRatePercent");
        Objects.requireNonNull(adminMinimumPerEstablishment, "adminMinimumPerEstablishment");
        Objects.requireNonNull(wageCeiling, "wageCeiling");
        Objects.requireNonNull(wageExclusionLimitPercent, "wageExclusionLimitPercent");
        if (epsRatePercent.compareTo(employerRatePercent) > 0) {
            throw new IllegalArgumentException("EPS rate " + epsRatePercent + "% exceeds the employer's rate "
                    + employerRatePercent + "%");
        }
        if (wageCeiling.signum() <= 0) {
            throw new IllegalArgumentException("PF wage ceiling must be positive, was " + wageCeiling.toPlainString());
        }
    }
}

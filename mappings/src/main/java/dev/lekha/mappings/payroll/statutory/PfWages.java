package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * PF wages under the Code on Social Security, 2020, s.2(88): basic pay, dearness allowance and retaining allowance;
 * the allowances the definition excludes (HRA, conveyance, overtime, commission, ...) stay out only up to one-half of
 * all remuneration — when they exceed it, the excess is added back to wages.
 *
 * <p>Example: basic 10,000, HRA and other excluded allowances 20,000, total 30,000: half is 15,000, the excess
 * 5,000 is added back, PF wages 15,000.
 */
public final class PfWages {

    /**
     * The share named in s.2(88) itself ("one-half, or such other per cent as may be notified"). A notified change is
     * a new {@code PF}/{@code WAGE_EXCLUSION_LIMIT_PERCENT} row; use {@link #of(BigDecimal, BigDecimal, BigDecimal,
     * BigDecimal)} with {@link PfRules#wageExclusionLimitPercent()} when rules are at hand.
     */
    public static final BigDecimal CODE_EXCLUSION_LIMIT_PERCENT = new BigDecimal("50");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PfWages() {
    }

    /** PF wages with the Code's own one-half limit. */
    public static BigDecimal of(BigDecimal pfWageComponents, BigDecimal excludedAllowances, BigDecimal totalRemuneration) {
        return of(pfWageComponents, excludedAllowances, totalRemuneration, CODE_EXCLUSION_LIMIT_PERCENT);
    }

    /**
     * @param pfWageComponents   basic + DA + retaining allowance for the month
     * @param excludedAllowances the month's amounts of the allowances s.2(88) excludes
     * @param totalRemuneration  all remuneration of the month (the components, the excluded allowances and the rest)
     * @param limitPercent       the share of total remuneration exclusions may reach
     * @return PF wages at scale 2
     */
    public static BigDecimal of(BigDecimal pfWageComponents, BigDecimal excludedAllowances, BigDecimal totalRemuneration,
                                BigDecimal limitPercent) {
        Objects.requireNonNull(pfWageComponents, "pfWageComponents");
        Objects.requireNonNull(excludedAllowances, "excludedAllowances");
        Objects.requireNonNull(totalRemuneration, "totalRemuneration");
        Objects.requireNonNull(limitPercent, "limitPercent");
        if (pfWageComponents.signum() < 0 || excludedAllowances.signum() < 0 || totalRemuneration.signum() < 0) {
            throw new IllegalArgumentException("PF wage amounts must not be negative");
        }
        if (pfWageComponents.add(excludedAllowances).compareTo(totalRemuneration) > 0) {
            throw new IllegalArgumentException("total remuneration " + totalRemuneration.toPlainString()
                    + " is less than the PF wage components plus excluded allowances "
                    + pfWageComponents.add(excludedAllowances).toPlainString());
        }
        BigDecimal limit = totalRemuneration.multiply(limitPercent).divide(HUNDRED);
        BigDecimal excess = excludedAllowances.subtract(limit).max(BigDecimal.ZERO);
        return pfWageComponents.add(excess).setScale(2, RoundingMode.HALF_UP);
    }
}

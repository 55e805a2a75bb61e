package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One employee's PF position for a month.
 *
 * @param pfWages        the month's PF wages (after LOP proration; see {@link PfWages}), not capped
 * @param onActualWages  the employee (with the employer, para 26(6) EPF Scheme) contributes on wages above the
 *                       ceiling; EPS and EDLI stay on capped wages
 * @param epsMember      false for an excluded employee (joined after 1 Sep 2014 with wages above the ceiling, para
 *                       6A EPS 1995): the whole employer share goes to EPF
 * @param epsAgeExceeded the member is past the EPS age limit ({@link PfRules#epsMaxAge()}): no EPS, all to EPF
 */
public record PfInput(BigDecimal pfWages, boolean onActualWages, boolean epsMember, boolean epsAgeExceeded) {

    public PfInput {
        Objects.requireNonNull(pfWages, "pfWages");
        if (pfWages.signum() < 0) {
            throw new IllegalArgumentException("pfWages must not be negative, was " + pfWages.toPlainString());
        }
    }
}

package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One employee's Labour Welfare Fund contributions for a month, in rupees at scale 2 (so that equal amounts are equal
 * records whatever scale the rows had); zero in months none is due.
 */
public record LwfContribution(BigDecimal employee, BigDecimal employer) {

    public static final LwfContribution NONE = new LwfContribution(BigDecimal.ZERO, BigDecimal.ZERO);

    public LwfContribution {
        employee = Objects.requireNonNull(employee, "employee").setScale(2, RoundingMode.HALF_UP);
        employer = Objects.requireNonNull(employer, "employer").setScale(2, RoundingMode.HALF_UP);
    }
}

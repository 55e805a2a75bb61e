package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The Labour Welfare Fund contributions for one employee in one month: the amounts of the bands for that month
 * (variant = two-digit month) that contain the month's gross; zero in a month with no band (Maharashtra and Gujarat
 * deduct in June and December, Karnataka, Tamil Nadu and Telangana once a year in December).
 */
public final class LabourWelfareFundCalculator {

    private LabourWelfareFundCalculator() {
    }

    public static LwfContribution contribution(LwfRules rules, BigDecimal monthlyGross, YearMonth month) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(monthlyGross, "monthlyGross");
        Objects.requireNonNull(month, "month");
        String monthCode = String.format("%02d", month.getMonthValue());
        BigDecimal employee = amount(rules.employee(), monthCode, monthlyGross);
        BigDecimal employer = amount(rules.employer(), monthCode, monthlyGross);
        if (employee.signum() == 0 && employer.signum() == 0) {
            return LwfContribution.NONE;
        }
        return new LwfContribution(employee, employer);
    }

    private static BigDecimal amount(List<Band> bands, String monthCode, BigDecimal gross) {
        return bands.stream()
                .filter(b -> monthCode.equals(b.variant()) && b.contains(gross))
                .map(Band::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}

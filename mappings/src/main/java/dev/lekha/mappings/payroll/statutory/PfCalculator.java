package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * EPF, EPS, EDLI and admin charges for one employee and one month.
 *
 * <p>Rounding follows EPFO's ECR: each contribution is worked out on its wages and rounded to the nearest rupee
 * (half a rupee up). The employee's share is 12% of PF wages; EPS is 8.33% of wages up to the ceiling; the
 * employer's EPF share is the employer's 12% (rounded) less EPS, so that EPF + EPS is exactly the employer's 12%.
 * Example: wages 15,000: employee 1,800; EPS 1,249.50 → 1,250; employer EPF 1,800 − 1,250 = 550; EDLI 75; admin 75.
 *
 * <p>EDLI is on wages up to the ceiling (para 8 EDLI Scheme). The admin charge is "0.50% of the total pay on which
 * contributions are payable" (S.O. 2011(E), 21 May 2018), so an employee on actual wages bears it on those wages.
 */
public final class PfCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PfCalculator() {
    }

    public static PfContribution compute(PfRules rules, PfInput input) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(input, "input");
        BigDecimal wages = input.pfWages().setScale(2, RoundingMode.HALF_UP);
        BigDecimal capped = wages.min(rules.wageCeiling()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal pfWages = input.onActualWages() ? wages : capped;
        boolean epsDue = input.epsMember() && !input.epsAgeExceeded();
        BigDecimal epsWages = epsDue ? capped : BigDecimal.ZERO.setScale(2);

        BigDecimal employee = rupees(percent(pfWages, rules.employeeRatePercent()));
        BigDecimal employer = rupees(percent(pfWages, rules.employerRatePercent()));
        BigDecimal eps = rupees(percent(epsWages, rules.epsRatePercent()));
        BigDecimal epf = employer.subtract(eps);
        BigDecimal edli = rupees(percent(capped, rules.edliRatePercent()));
        BigDecimal admin = rupees(percent(pfWages, rules.adminRatePercent()));
        return new PfContribution(pfWages, epsWages, capped, employee, eps, epf, edli, admin);
    }

    /**
     * The admin charge an establishment pays for a month (A/c 2): the rate on the total PF wages of its contributing
     * members, rounded to the rupee, and at least {@link PfRules#adminMinimumPerEstablishment()} (S.O. 2011(E)).
     * Example: total wages 70,000 → 350 → 500.
     */
    public static BigDecimal establishmentAdminCharge(PfRules rules, BigDecimal totalPfWages) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(totalPfWages, "totalPfWages");
        BigDecimal charge = rupees(percent(totalPfWages, rules.adminRatePercent()));
        return charge.max(rules.adminMinimumPerEstablishment().setScale(0, RoundingMode.HALF_UP));
    }

    /**
     * Whether a member born on {@code dateOfBirth} is past the EPS age for wage month {@code month}: the birthday on
     * which the member attains {@link PfRules#epsMaxAge()} falls before the month's first day. In the month of that
     * birthday EPS is still paid for the whole month (a simplification: docs/payroll-statutory.md). Example: born
     * 15 Aug 1968, attains 58 on 15 Aug 2026: EPS in August 2026, none from September 2026.
     */
    public static boolean epsAgeExceeded(PfRules rules, LocalDate dateOfBirth, YearMonth month) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(month, "month");
        if (dateOfBirth == null) {
            return false;
        }
        return dateOfBirth.plusYears(rules.epsMaxAge()).isBefore(month.atDay(1));
    }

    static BigDecimal percent(BigDecimal amount, BigDecimal ratePercent) {
        return amount.multiply(ratePercent).divide(HUNDRED);
    }

    static BigDecimal rupees(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}

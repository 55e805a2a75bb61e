package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The house rent allowance exempt from tax (s.10(13A) with rule 2A; Schedule III of the Income-tax Act, 2025 with
 * the Income-tax Rules, 2026): the least of the HRA actually received, 50% of salary (basic + DA) where the employee
 * lives in a listed city or 40% elsewhere, and the rent paid minus 10% of salary. All amounts are for the same period
 * (a year, or the months rent was paid); nothing is exempt without rent. Counted in the old regime only.
 *
 * @param exempt          the exemption, never negative
 * @param actualHra       limit 1: the HRA received
 * @param cityLimit       limit 2: the city's share of basic + DA
 * @param rentExcess      limit 3: rent paid minus the rent-excess share of basic + DA (zero when rent is lower)
 * @param cityPercent     the share limit 2 used (50 or 40)
 * @param listedCity      whether the city is a listed (50%) city
 */
public record HraExemption(BigDecimal exempt, BigDecimal actualHra, BigDecimal cityLimit, BigDecimal rentExcess,
                           BigDecimal cityPercent, boolean listedCity) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * Computes the exemption.
     *
     * @param rules       the year's rules, must not be null
     * @param basicDa     basic pay plus DA forming part of retirement benefits, for the period
     * @param hraReceived HRA received for the period
     * @param rentPaid    rent paid for the period
     * @param city        where the employee lives (not where the employer is)
     */
    public static HraExemption compute(HraRules rules, BigDecimal basicDa, BigDecimal hraReceived, BigDecimal rentPaid,
                                       String city) {
        Objects.requireNonNull(rules, "rules");
        BigDecimal salary = nonNegative(basicDa, "basicDa");
        BigDecimal hra = nonNegative(hraReceived, "hraReceived");
        BigDecimal rent = nonNegative(rentPaid, "rentPaid");
        boolean listed = rules.isListed(city);
        BigDecimal percent = listed ? rules.listedCityPercent() : rules.otherCityPercent();
        BigDecimal cityLimit = share(salary, percent);
        BigDecimal rentExcess = rent.subtract(share(salary, rules.rentExcessPercent())).max(BigDecimal.ZERO);
        BigDecimal exempt = hra.min(cityLimit).min(rentExcess);
        return new HraExemption(money(exempt), money(hra), cityLimit, money(rentExcess), percent, listed);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nonNegative(BigDecimal v, String field) {
        BigDecimal value = v == null ? BigDecimal.ZERO : v;
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }
}

package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The professional tax to deduct from one employee's salary for one month.
 *
 * <p>Band choice: a woman ({@code gender} "F") is taxed on the state's 'F' bands when it has any (Maharashtra:
 * nil up to 25,000), everyone else on the '-' bands. Within those, a month-specific band ('02', 'F-02') replaces the
 * amount of the band with the same bounds in that month (Maharashtra and Karnataka: 300 instead of 200 in February,
 * to reach the constitutional 2,500 a year, Art. 276(2)).
 *
 * <p>A half-yearly tax (Tamil Nadu) has bands on half-year income. A monthly payroll deducts the whole half-year's
 * tax once, in the half-year's deduction month, on the month's gross times six (the half-year's income if the salary
 * holds); nothing in the other months.
 */
public final class ProfessionalTaxCalculator {

    private static final String ALL = "-";
    private static final String WOMEN = "F";

    private ProfessionalTaxCalculator() {
    }

    /**
     * @param gender       the employee's gender as the master holds it ("M", "F", ...)
     * @param monthlyGross the month's gross salary for professional tax
     * @return the tax in rupees at scale 2 (zero when none is due)
     */
    public static BigDecimal monthly(PtRules rules, String gender, BigDecimal monthlyGross, YearMonth month) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(monthlyGross, "monthlyGross");
        Objects.requireNonNull(month, "month");
        if (rules.slabs().isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal income = monthlyGross.setScale(2, RoundingMode.HALF_UP);
        if (rules.assessmentMonths() > 1) {
            if (!rules.deductionMonths().contains(month.getMonth())) {
                return BigDecimal.ZERO;
            }
            income = income.multiply(BigDecimal.valueOf(rules.assessmentMonths()));
        }
        String group = WOMEN.equals(gender) && rules.slabs().stream().anyMatch(b -> WOMEN.equals(genderOf(b.variant())))
                ? WOMEN : ALL;
        String monthCode = String.format("%02d", month.getMonthValue());
        List<Band> groupBands = rules.slabs().stream().filter(b -> group.equals(genderOf(b.variant()))).toList();
        BigDecimal value = income;
        Optional<Band> base = groupBands.stream().filter(b -> monthOf(b.variant()) == null && b.contains(value)).findFirst();
        if (base.isEmpty()) {
            throw new IllegalStateException(rules.state() + ": no professional tax band (variant " + group + ") covers "
                    + value.toPlainString() + " in " + month + "; the bands must run from zero without gaps");
        }
        return groupBands.stream()
                .filter(b -> monthCode.equals(monthOf(b.variant())) && b.contains(value))
                .findFirst().orElse(base.get()).amount().setScale(2, RoundingMode.HALF_UP);
    }

    private static String genderOf(String variant) {
        if (variant.equals(ALL) || variant.matches("\\d\\d")) {
            return ALL;
        }
        int dash = variant.indexOf('-');
        return dash < 0 ? variant : variant.substring(0, dash);
    }

    private static String monthOf(String variant) {
        if (variant.matches("\\d\\d")) {
            return variant;
        }
        int dash = variant.indexOf('-');
        return dash < 0 || dash == variant.length() - 1 ? null : variant.substring(dash + 1);
    }
}

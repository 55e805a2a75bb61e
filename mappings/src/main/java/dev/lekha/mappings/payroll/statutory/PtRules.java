package dev.lekha.mappings.payroll.statutory;

import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Professional tax for one state and month: the {@code PROFESSIONAL_TAX} slabs in force, and how often the tax is
 * assessed. A state without professional tax has no slabs and yields zero.
 *
 * @param state            two-letter work state
 * @param slabs            the state's bands (variants: '-' every employee, 'F' women — when a state has 'F' bands a
 *                         woman is taxed on those alone —, 'MM' or 'F-MM' the amount for month MM replacing the
 *                         amount of the band with the same bounds)
 * @param assessmentMonths 1 for a monthly tax; 6 for a half-yearly tax whose bands are on half-year income
 *                         (Tamil Nadu: {@code PT_SCHEDULE}/{@code TN_ASSESSMENT_MONTHS})
 * @param deductionMonths  for a half-yearly tax, the months in which the payroll deducts the half-year's tax
 *                         ({@code PT_SCHEDULE}/{@code TN_DEDUCTION_MONTH_*}); ignored for a monthly tax
 */
public record PtRules(String state, List<Band> slabs, int assessmentMonths, Set<Month> deductionMonths) {

    public PtRules {
        Objects.requireNonNull(state, "state");
        slabs = List.copyOf(slabs);
        deductionMonths = Set.copyOf(deductionMonths);
        if (assessmentMonths < 1 || 12 % assessmentMonths != 0) {
            throw new IllegalArgumentException(state + ": assessment period of " + assessmentMonths + " months");
        }
        if (assessmentMonths > 1 && deductionMonths.size() != 12 / assessmentMonths) {
            throw new IllegalArgumentException(state + ": a " + assessmentMonths + "-month professional tax needs "
                    + (12 / assessmentMonths) + " deduction months, has " + deductionMonths);
        }
    }

    /** Rules that yield zero, for a state that levies no professional tax. */
    public static PtRules none(String state) {
        return new PtRules(state, List.of(), 1, Set.of());
    }
}

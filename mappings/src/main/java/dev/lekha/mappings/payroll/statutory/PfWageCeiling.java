package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The PF wage ceiling for a wage month. When the ceiling changes within a month the month's ceiling is the average
 * of each day's ceiling, i.e. each ceiling prorated by the days it was in force (issue 6). Example: September 2026,
 * 15,000 to the 16th and 25,000 from the 17th: (15,000 × 16 + 25,000 × 14) / 30 = 19,666.666… → 19,666.67.
 */
public final class PfWageCeiling {

    private PfWageCeiling() {
    }

    /**
     * @param ceilings the dated ceiling rows (any order); every day of the month must be covered by exactly one
     * @return the month's ceiling at scale 2 (half up)
     * @throws IllegalStateException naming the first day no row or more than one row covers
     */
    public static BigDecimal forMonth(YearMonth month, List<DatedAmount> ceilings) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ceilings, "ceilings");
        BigDecimal sum = BigDecimal.ZERO;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            List<DatedAmount> inForce = ceilings.stream().filter(c -> c.appliesOn(date)).toList();
            if (inForce.isEmpty()) {
                throw new IllegalStateException("No PF wage ceiling (statutory_rate PF/WAGE_CEILING) is in force on "
                        + date + ": add a row covering that day");
            }
            if (inForce.size() > 1) {
                throw new IllegalStateException(inForce.size() + " PF wage ceilings (statutory_rate PF/WAGE_CEILING) "
                        + "overlap on " + date + ": close the older row (effective_to) the day before the newer starts");
            }
            sum = sum.add(inForce.get(0).amount());
        }
        return sum.divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
    }
}

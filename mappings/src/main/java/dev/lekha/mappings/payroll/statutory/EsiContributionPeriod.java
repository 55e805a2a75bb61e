package dev.lekha.mappings.payroll.statutory;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An ESI contribution period: 1 April to 30 September, or 1 October to 31 March (ESI (General) Regulations 1950,
 * reg. 4). Coverage decided on the wages at the start of a period holds to its end (s.2(9) proviso, ESI Act 1948).
 */
public record EsiContributionPeriod(YearMonth firstMonth, YearMonth lastMonth) {

    public EsiContributionPeriod {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
    }

    /** The period {@code month} falls in: October 2026 → October 2026 to March 2027; February 2027 → the same. */
    public static EsiContributionPeriod of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        int m = month.getMonthValue();
        YearMonth first;
        if (m >= Month.APRIL.getValue() && m <= Month.SEPTEMBER.getValue()) {
            first = YearMonth.of(month.getYear(), Month.APRIL);
        } else if (m >= Month.OCTOBER.getValue()) {
            first = YearMonth.of(month.getYear(), Month.OCTOBER);
        } else {
            first = YearMonth.of(month.getYear() - 1, Month.OCTOBER);
        }
        return new EsiContributionPeriod(first, first.plusMonths(5));
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }
}

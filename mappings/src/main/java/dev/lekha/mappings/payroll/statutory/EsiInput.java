package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One employee's ESI position for a month.
 *
 * @param esiWages         the month's ESI wages (gross of the ESI-wage components, overtime included), not capped:
 *                         an employee covered for the period contributes on all wages even above the ceiling
 * @param covered          whether the employee is covered in this contribution period
 *                         ({@link EsiCalculator#coveredFor} on the wages at the period's start)
 * @param averageDailyWage the month's average daily wage (rule 2(1-B): monthly wages / 26 for a monthly-rated
 *                         employee); null when not known, which never exempts
 */
public record EsiInput(BigDecimal esiWages, boolean covered, BigDecimal averageDailyWage) {

    public EsiInput {
        Objects.requireNonNull(esiWages, "esiWages");
        if (esiWages.signum() < 0) {
            throw new IllegalArgumentException("esiWages must not be negative, was " + esiWages.toPlainString());
        }
    }
}

package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A band of a {@code statutory_slab} row with a fixed amount: it applies to a value v when v &gt; lowerBound (or
 * lowerBound = 0 and v &gt;= 0) and (upperBound is null or v &lt;= upperBound) — V18's band semantics.
 *
 * @param variant the row's variant ('-' when none; see {@link ProfessionalTaxCalculator} and
 *                {@link LabourWelfareFundCalculator} for what each kind uses)
 */
public record Band(String variant, BigDecimal lowerBound, BigDecimal upperBound, BigDecimal amount) {

    public Band {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(amount, "amount");
        if (upperBound != null && upperBound.compareTo(lowerBound) <= 0) {
            throw new IllegalArgumentException("band upper bound " + upperBound + " is not above its lower bound " + lowerBound);
        }
    }

    public boolean contains(BigDecimal value) {
        boolean aboveLower = value.compareTo(lowerBound) > 0 || (lowerBound.signum() == 0 && value.signum() >= 0);
        return aboveLower && (upperBound == null || value.compareTo(upperBound) <= 0);
    }
}

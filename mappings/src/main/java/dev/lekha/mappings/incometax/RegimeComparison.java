package dev.lekha.mappings.incometax;

import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Both regimes' computations for the same income and the better one: the lower total tax. On a tie the new regime
 * wins, because it is the default regime (s.115BAC(1A); s.202 of the Income-tax Act, 2025) that applies unless the
 * employee opts out, and it needs no proofs of investment. {@code saving} is what the better regime saves (zero on a
 * tie).
 */
public record RegimeComparison(TaxComputation newRegime, TaxComputation oldRegime, TaxRegime better,
                               BigDecimal saving) {

    public RegimeComparison {
        Objects.requireNonNull(newRegime, "newRegime");
        Objects.requireNonNull(oldRegime, "oldRegime");
    }

    /** Compares the two computations, each computed under its own regime's rules. */
    public static RegimeComparison of(TaxComputation newRegime, TaxComputation oldRegime) {
        if (newRegime.regime() != TaxRegime.NEW || oldRegime.regime() != TaxRegime.OLD) {
            throw new IllegalArgumentException("compare a NEW computation with an OLD one, got " + newRegime.regime()
                    + " and " + oldRegime.regime());
        }
        int c = newRegime.totalTax().compareTo(oldRegime.totalTax());
        TaxRegime better = c <= 0 ? TaxRegime.NEW : TaxRegime.OLD;
        return new RegimeComparison(newRegime, oldRegime, better, newRegime.totalTax().subtract(oldRegime.totalTax()).abs());
    }

    /** The computation of the better regime. */
    public TaxComputation betterComputation() {
        return better == TaxRegime.NEW ? newRegime : oldRegime;
    }
}

package dev.lekha.mappings.einvoice;

import dev.lekha.domain.gst.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What e-invoice applicability needs to know about the supplying company.
 *
 * @param turnovers the aggregate turnover of each financial year known; must not be null, may be empty,
 *                  at most one entry per year
 * @param exemption the kind of exempt supplier the company is, or null when it is not exempt
 */
public record SupplierProfile(List<AnnualTurnover> turnovers, EinvoiceExemption exemption) {

    public SupplierProfile {
        turnovers = List.copyOf(Objects.requireNonNull(turnovers, "turnovers must not be null"));
        if (turnovers.stream().map(AnnualTurnover::year).distinct().count() != turnovers.size()) {
            throw new IllegalArgumentException("turnovers name a financial year twice: " + turnovers);
        }
    }

    /** The aggregate turnover of {@code year}, if known. */
    public Optional<BigDecimal> turnoverOf(FinancialYear year) {
        return turnovers.stream().filter(t -> t.year().equals(year)).map(AnnualTurnover::aggregateTurnover).findFirst();
    }
}

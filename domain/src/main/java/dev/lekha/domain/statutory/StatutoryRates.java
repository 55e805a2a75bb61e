package dev.lekha.domain.statutory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Dated statutory numbers. */
public interface StatutoryRates extends JpaRepository<StatutoryRate, Long> {

    /** The rows of a kind and code in force on {@code date} (normally one), latest start first. */
    @Query("""
            select r from StatutoryRate r
             where r.kind = :kind and r.code = :code and r.effectiveFrom <= :date
               and (r.effectiveTo is null or r.effectiveTo >= :date)
             order by r.effectiveFrom desc""")
    List<StatutoryRate> findInForce(String kind, String code, LocalDate date);

    /** Every row of a kind in force on {@code date}, by code. */
    @Query("""
            select r from StatutoryRate r
             where r.kind = :kind and r.effectiveFrom <= :date
               and (r.effectiveTo is null or r.effectiveTo >= :date)
             order by r.code""")
    List<StatutoryRate> findAllInForce(String kind, LocalDate date);

    /** Every row of a kind, whatever its dates (a threshold's whole history), oldest first. */
    List<StatutoryRate> findByKindOrderByEffectiveFromAscCodeAsc(String kind);

    /**
     * The value of {@code kind}/{@code code} on {@code date}; empty when none is in force.
     * Example: {@code valueOn("GST_RATE", "40", 2025-09-22)} is 40; on 2025-09-21 it is empty.
     */
    default Optional<BigDecimal> valueOn(String kind, String code, LocalDate date) {
        return findInForce(kind, code, date).stream().findFirst().map(StatutoryRate::getValue);
    }

    /** Whether {@code ratePercent} is a GST rate slab on {@code date} ({@code 18.00} and {@code 18} alike). */
    default boolean isGstRateOn(BigDecimal ratePercent, LocalDate date) {
        return valueOn(StatutoryRate.GST_RATE, ratePercent.stripTrailingZeros().toPlainString(), date).isPresent();
    }
}

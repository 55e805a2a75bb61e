package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one tax regime for one year, as data (the caller reads them from the dated statutory table).
 *
 * @param standardDeduction       deducted from salary (s.16(ia); s.19 of the Income-tax Act, 2025)
 * @param slabs                   contiguous bands from zero, the last open-ended
 * @param allowsDeductions        whether Chapter VI-A deductions, 24(b) and the HRA exemption count (old regime)
 * @param rebateIncomeLimit       total income up to which the rebate applies (s.87A; s.156 from 2026-27)
 * @param rebateMax               the largest rebate
 * @param rebateMarginalRelief    whether tax just above the limit is capped at the income above it (new regime)
 * @param surchargeBands          ascending by threshold
 * @param cessPercent             health and education cess on tax plus surcharge
 * @param salaryTdsWithoutPanPercent the rate salary TDS must reach when the employee has not furnished a valid PAN
 *                                (s.206AA(1)(iii) of the 1961 Act; s.397(2)(b) of the Income-tax Act, 2025); null when
 *                                the caller did not supply it (a computation of tax, not of TDS), and then
 *                                {@link SalaryTdsProjection} refuses an employee without PAN rather than guess
 */
public record RegimeRules(TaxRegime regime, BigDecimal standardDeduction, List<TaxSlab> slabs, boolean allowsDeductions,
                          BigDecimal rebateIncomeLimit, BigDecimal rebateMax, boolean rebateMarginalRelief,
                          List<SurchargeBand> surchargeBands, BigDecimal cessPercent,
                          BigDecimal salaryTdsWithoutPanPercent) {

    /** Rules for computing tax only, without the salary TDS rate for an employee without PAN. */
    public RegimeRules(TaxRegime regime, BigDecimal standardDeduction, List<TaxSlab> slabs, boolean allowsDeductions,
                       BigDecimal rebateIncomeLimit, BigDecimal rebateMax, boolean rebateMarginalRelief,
                       List<SurchargeBand> surchargeBands, BigDecimal cessPercent) {
        this(regime, standardDeduction, slabs, allowsDeductions, rebateIncomeLimit, rebateMax, rebateMarginalRelief,
                surchargeBands, cessPercent, null);
    }

    public RegimeRules {
        Objects.requireNonNull(regime, "regime");
        if (salaryTdsWithoutPanPercent != null && (salaryTdsWithoutPanPercent.signum() < 0
                || salaryTdsWithoutPanPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException(regime + ": salary TDS rate without PAN must be 0 to 100 per cent, was "
                    + salaryTdsWithoutPanPercent.toPlainString());
        }
        slabs = List.copyOf(slabs);
        surchargeBands = surchargeBands.stream().sorted(Comparator.comparing(SurchargeBand::incomeAbove)).toList();
        if (slabs.isEmpty() || slabs.get(0).from().signum() != 0) {
            throw new IllegalArgumentException(regime + ": slabs must start at zero");
        }
        for (int i = 1; i < slabs.size(); i++) {
            if (slabs.get(i - 1).to() == null || slabs.get(i - 1).to().compareTo(slabs.get(i).from()) != 0) {
                throw new IllegalArgumentException(regime + ": slab " + (i + 1) + " does not start where slab " + i + " ends");
            }
        }
        if (slabs.get(slabs.size() - 1).to() != null) {
            throw new IllegalArgumentException(regime + ": the last slab must have no upper end");
        }
    }
}

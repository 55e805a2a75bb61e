package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Salary income tax for one year under one regime's {@link RegimeRules}: taxable income (rounded to the nearest
 * ten rupees, s.288A), tax by slabs, the rebate with its marginal relief (new regime: tax above the rebate limit
 * never exceeds the income above it), surcharge with marginal relief (tax and surcharge never exceed the tax at
 * the threshold plus the income above it), cess, and the total rounded to the nearest ten rupees (s.288B).
 */
public final class IncomeTaxCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TEN = BigDecimal.TEN;

    private IncomeTaxCalculator() {
    }

    /**
     * What the tax is computed on; amounts in rupees for the year, none negative (null counts as zero).
     *
     * @param grossSalary                taxable salary before exemptions (including any employer NPS contribution)
     * @param otherIncome                other income taxed at the slab rates (interest, rent after its deductions)
     * @param deductions                 Chapter VI-A deductions and 24(b) interest already capped, counted only where
     *                                   the regime {@linkplain RegimeRules#allowsDeductions() allows deductions} (old)
     * @param hraExemption               s.10(13A) exemption (Schedule III of the 2025 Act), old regime only
     * @param otherSalaryExemptions      other exemptions and deductions from salary counted only in the old regime:
     *                                   LTA (s.10(5)) and professional tax (s.16(iii))
     * @param deductionsInEveryRegime    deductions both regimes allow: employer NPS contribution, s.80CCD(2)
     *                                   (s.124 of the 2025 Act), already capped
     */
    public record TaxInput(BigDecimal grossSalary, BigDecimal otherIncome, BigDecimal deductions, BigDecimal hraExemption,
                           BigDecimal otherSalaryExemptions, BigDecimal deductionsInEveryRegime) {

        public TaxInput {
            grossSalary = nonNegative(grossSalary, "grossSalary");
            otherIncome = nonNegative(otherIncome, "otherIncome");
            deductions = nonNegative(deductions, "deductions");
            hraExemption = nonNegative(hraExemption, "hraExemption");
            otherSalaryExemptions = nonNegative(otherSalaryExemptions, "otherSalaryExemptions");
            deductionsInEveryRegime = nonNegative(deductionsInEveryRegime, "deductionsInEveryRegime");
        }

        /** Salary, other income, old-regime deductions and HRA exemption only. */
        public TaxInput(BigDecimal grossSalary, BigDecimal otherIncome, BigDecimal deductions, BigDecimal hraExemption) {
            this(grossSalary, otherIncome, deductions, hraExemption, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        /** The same input with {@code extra} more salary (a bonus taxed in its month). */
        public TaxInput withMoreSalary(BigDecimal extra) {
            return new TaxInput(grossSalary.add(extra), otherIncome, deductions, hraExemption, otherSalaryExemptions,
                    deductionsInEveryRegime);
        }

        private static BigDecimal nonNegative(BigDecimal v, String field) {
            BigDecimal value = v == null ? BigDecimal.ZERO : v;
            if (value.signum() < 0) {
                throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
            }
            return value;
        }
    }

    /** The tax of one slab band. */
    public record SlabTax(BigDecimal from, BigDecimal to, BigDecimal ratePercent, BigDecimal tax) {
    }

    /**
     * The computation, every figure in rupees at scale 2.
     *
     * @param marginalRelief relief on the rebate (new regime) plus relief on the surcharge
     */
    public record TaxComputation(TaxRegime regime, BigDecimal taxableIncome, BigDecimal taxOnIncome, BigDecimal rebate87A,
                                 BigDecimal surcharge, BigDecimal marginalRelief, BigDecimal cess, BigDecimal totalTax,
                                 List<SlabTax> slabs) {
    }

    public static TaxComputation compute(RegimeRules rules, TaxInput in) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(in, "in");
        BigDecimal salary = in.grossSalary();
        if (rules.allowsDeductions()) {
            salary = salary.subtract(in.hraExemption()).subtract(in.otherSalaryExemptions());
        }
        salary = salary.subtract(rules.standardDeduction()).max(BigDecimal.ZERO);
        BigDecimal income = salary.add(in.otherIncome()).subtract(in.deductionsInEveryRegime());
        if (rules.allowsDeductions()) {
            income = income.subtract(in.deductions());
        }
        income = nearestTen(income.max(BigDecimal.ZERO));

        List<SlabTax> bands = new ArrayList<>();
        BigDecimal tax = slabTax(rules, income, bands);

        BigDecimal rebate = BigDecimal.ZERO;
        BigDecimal relief = BigDecimal.ZERO;
        if (income.compareTo(rules.rebateIncomeLimit()) <= 0) {
            rebate = tax.min(rules.rebateMax());
        } else if (rules.rebateMarginalRelief()) {
            BigDecimal above = income.subtract(rules.rebateIncomeLimit());
            if (tax.compareTo(above) > 0) {
                relief = tax.subtract(above);
            }
        }
        BigDecimal afterRebate = tax.subtract(rebate).subtract(relief);

        BigDecimal surcharge = BigDecimal.ZERO;
        SurchargeBand band = bandFor(rules, income);
        if (band != null && afterRebate.signum() > 0) {
            surcharge = percent(afterRebate, band.ratePercent());
            BigDecimal atThreshold = slabTax(rules, band.incomeAbove(), new ArrayList<>());
            SurchargeBand below = bandBelow(rules, band);
            BigDecimal ceiling = atThreshold.add(below == null ? BigDecimal.ZERO : percent(atThreshold, below.ratePercent()))
                    .add(income.subtract(band.incomeAbove()));
            BigDecimal excess = afterRebate.add(surcharge).subtract(ceiling);
            if (excess.signum() > 0) {
                BigDecimal cut = excess.min(surcharge);
                surcharge = surcharge.subtract(cut);
                relief = relief.add(cut);
            }
        }
        BigDecimal cess = percent(afterRebate.add(surcharge), rules.cessPercent());
        BigDecimal total = nearestTen(afterRebate.add(surcharge).add(cess));
        return new TaxComputation(rules.regime(), money(income), money(tax), money(rebate), money(surcharge),
                money(relief), money(cess), money(total), List.copyOf(bands));
    }

    private static BigDecimal slabTax(RegimeRules rules, BigDecimal income, List<SlabTax> bands) {
        BigDecimal tax = BigDecimal.ZERO;
        for (TaxSlab s : rules.slabs()) {
            if (income.compareTo(s.from()) <= 0) {
                break;
            }
            BigDecimal top = s.to() == null ? income : income.min(s.to());
            BigDecimal part = percent(top.subtract(s.from()), s.ratePercent());
            bands.add(new SlabTax(money(s.from()), s.to() == null ? null : money(s.to()), s.ratePercent(), part));
            tax = tax.add(part);
        }
        return tax;
    }

    private static SurchargeBand bandFor(RegimeRules rules, BigDecimal income) {
        SurchargeBand found = null;
        for (SurchargeBand b : rules.surchargeBands()) {
            if (income.compareTo(b.incomeAbove()) > 0) {
                found = b;
            }
        }
        return found;
    }

    private static SurchargeBand bandBelow(RegimeRules rules, SurchargeBand band) {
        SurchargeBand below = null;
        for (SurchargeBand b : rules.surchargeBands()) {
            if (b.incomeAbove().compareTo(band.incomeAbove()) < 0) {
                below = b;
            }
        }
        return below;
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nearestTen(BigDecimal amount) {
        return amount.divide(TEN, 0, RoundingMode.HALF_UP).multiply(TEN).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}

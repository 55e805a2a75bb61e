package dev.lekha.mappings.payroll;

import dev.lekha.mappings.payroll.statutory.EsiCalculator;
import dev.lekha.mappings.payroll.statutory.EsiContribution;
import dev.lekha.mappings.payroll.statutory.EsiInput;
import dev.lekha.mappings.payroll.statutory.LabourWelfareFundCalculator;
import dev.lekha.mappings.payroll.statutory.LwfContribution;
import dev.lekha.mappings.payroll.statutory.PayrollStatutoryRules;
import dev.lekha.mappings.payroll.statutory.PfCalculator;
import dev.lekha.mappings.payroll.statutory.PfContribution;
import dev.lekha.mappings.payroll.statutory.PfInput;
import dev.lekha.mappings.payroll.statutory.PfWages;
import dev.lekha.mappings.payroll.statutory.ProfessionalTaxCalculator;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@link PayrollStatutory} over the dated rules of one month and work state ({@link PayrollStatutoryRules}, read from
 * {@code statutory_rate}/{@code statutory_slab}): PF wages by the Code on Social Security's 50% rule, PF/EPS/EDLI,
 * ESI, professional tax and labour welfare fund by their calculators.
 */
public record StatutoryRulesContributions(PayrollStatutoryRules rules) implements PayrollStatutory {

    public StatutoryRulesContributions {
        Objects.requireNonNull(rules, "rules");
    }

    @Override
    public PfShares pf(PfBasis basis) {
        BigDecimal wages = PfWages.of(basis.pfWageComponents(), basis.excludedAllowances(), basis.totalRemuneration());
        boolean aged = PfCalculator.epsAgeExceeded(rules.pf(), basis.dateOfBirth(), rules.month());
        PfContribution c = PfCalculator.compute(rules.pf(),
                new PfInput(wages, basis.onActualWages(), basis.epsMember(), aged));
        return new PfShares(c.pfWages(), c.epsWages(), c.edliWages(), c.epfEmployee(), c.epsEmployer(),
                c.epfEmployer(), c.edliEmployer(), c.adminEmployer());
    }

    @Override
    public boolean esiCovered(BigDecimal wagesAtPeriodStart) {
        return EsiCalculator.coveredFor(rules.esi(), wagesAtPeriodStart);
    }

    @Override
    public EsiShares esi(BigDecimal esiWages, boolean covered, BigDecimal averageDailyWage) {
        EsiContribution c = EsiCalculator.compute(rules.esi(), new EsiInput(esiWages, covered, averageDailyWage));
        return new EsiShares(c.esiWages(), c.employee(), c.employer());
    }

    @Override
    public BigDecimal professionalTax(String gender, BigDecimal monthlyGross) {
        return ProfessionalTaxCalculator.monthly(rules.pt(), gender, monthlyGross, rules.month());
    }

    @Override
    public LwfShares lwf(BigDecimal monthlyGross) {
        LwfContribution c = LabourWelfareFundCalculator.contribution(rules.lwf(), monthlyGross, rules.month());
        return new LwfShares(c.employee(), c.employer());
    }
}

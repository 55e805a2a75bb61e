package dev.lekha.mappings.payroll;

import java.math.BigDecimal;

/**
 * The statutory contributions for one month in one work state, as the engine needs them: PF, ESI, professional tax
 * and labour welfare fund. Implementations wrap the dated rules in force for that month and state (see
 * {@code StatutoryRulesContributions}); the engine stays free of rates and slabs.
 */
public interface PayrollStatutory {

    /** PF, EPS, EDLI and admin charges on the month's PF wages (Code on Social Security definition). */
    PfShares pf(PfBasis basis);

    /** Whether an employee with these ESI wages at the start of a contribution period is covered for it. */
    boolean esiCovered(BigDecimal wagesAtPeriodStart);

    /** ESI on the month's ESI wages; zero shares when not covered. */
    EsiShares esi(BigDecimal esiWages, boolean covered, BigDecimal averageDailyWage);

    /** Professional tax of the month for the employee's gender and monthly gross. */
    BigDecimal professionalTax(String gender, BigDecimal monthlyGross);

    /** Labour welfare fund due in the month (zero in months the state does not collect). */
    LwfShares lwf(BigDecimal monthlyGross);

    /**
     * What PF is computed on.
     *
     * @param pfWageComponents   basic + DA + retaining allowance of the month
     * @param excludedAllowances the month's allowances the 50% rule looks at
     * @param totalRemuneration  the month's remuneration (all earnings except reimbursements)
     * @param onActualWages      contributes on actual wages above the ceiling
     * @param epsMember          false for an excluded employee
     * @param dateOfBirth        for the EPS age limit (dated rule); null when unknown
     */
    record PfBasis(BigDecimal pfWageComponents, BigDecimal excludedAllowances, BigDecimal totalRemuneration,
                   boolean onActualWages, boolean epsMember, java.time.LocalDate dateOfBirth) {
    }

    /** The PF figures of one employee-month, rupees. */
    record PfShares(BigDecimal pfWages, BigDecimal epsWages, BigDecimal edliWages, BigDecimal epfEmployee,
                    BigDecimal epsEmployer, BigDecimal epfEmployer, BigDecimal edliEmployer, BigDecimal adminEmployer) {
    }

    /** The ESI figures of one employee-month, rupees. */
    record EsiShares(BigDecimal esiWages, BigDecimal employee, BigDecimal employer) {
    }

    /** Labour welfare fund shares, rupees. */
    record LwfShares(BigDecimal employee, BigDecimal employer) {
    }
}

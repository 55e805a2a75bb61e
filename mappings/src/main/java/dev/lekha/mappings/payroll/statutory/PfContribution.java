package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;

/**
 * One employee's PF contributions for a month, in whole rupees (wages at scale 2), as the ECR reports them.
 *
 * @param pfWages      wages EPF contributions are paid on (capped unless on actual wages)
 * @param epsWages     wages the EPS contribution is paid on (capped; zero when no EPS is due)
 * @param edliWages    wages the EDLI contribution is paid on (capped)
 * @param epfEmployee  employee's share (A/c 1)
 * @param epsEmployer  employer's pension share (A/c 10)
 * @param epfEmployer  employer's share to EPF: the employer's 12% less EPS (A/c 1, "EPF-EPS difference")
 * @param edliEmployer EDLI contribution (A/c 21)
 * @param adminEmployer this employee's part of the admin charge (A/c 2); the challan charges the establishment's
 *                     total, at least the minimum ({@link PfCalculator#establishmentAdminCharge})
 */
public record PfContribution(BigDecimal pfWages, BigDecimal epsWages, BigDecimal edliWages, BigDecimal epfEmployee,
                             BigDecimal epsEmployer, BigDecimal epfEmployer, BigDecimal edliEmployer,
                             BigDecimal adminEmployer) {

    /** Everything the employer pays for this employee: EPS, EPF, EDLI and admin. */
    public BigDecimal employerTotal() {
        return epsEmployer.add(epfEmployer).add(edliEmployer).add(adminEmployer);
    }
}

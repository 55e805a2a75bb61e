package dev.lekha.mappings.payroll;

import java.util.Objects;

/**
 * A salary component as the company defines it ({@code salary_component}): how it is paid and how it counts for
 * PF, ESI and income tax.
 *
 * @param kind                 EARNING (monthly by structure), VARIABLE (when input), REIMBURSEMENT or DEDUCTION
 * @param pfWage               part of PF wages (basic, DA, retaining allowance)
 * @param pfExcludedAllowance  counted for the Code on Social Security's 50% rule (HRA, conveyance, ...)
 * @param esiWage              part of ESI wages
 * @param taxable              part of taxable salary
 * @param prorated             reduced for days not paid (joining, leaving, loss of pay)
 * @param displayOrder         order on the payslip and the register
 */
public record PayComponent(String code, String name, Kind kind, boolean pfWage, boolean pfExcludedAllowance,
                           boolean esiWage, boolean taxable, boolean prorated, int displayOrder) {

    /** How a component is paid. */
    public enum Kind { EARNING, VARIABLE, REIMBURSEMENT, DEDUCTION }

    public PayComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether it is paid to the employee (everything but a deduction). */
    public boolean isEarning() {
        return kind != Kind.DEDUCTION;
    }

    /** The same component's arrears: {@code ARREAR_<code>}, counted like the component itself. */
    public PayComponent arrears() {
        return new PayComponent(PayrollCalculator.ARREAR_PREFIX + code, "Arrears " + name, kind, pfWage,
                pfExcludedAllowance, esiWage, taxable, false, displayOrder);
    }
}

package dev.lekha.mappings.payroll;

import dev.lekha.mappings.incometax.TaxRegime;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everything the payroll engine needs about one employee for one month, read by the caller from the employee master,
 * the salary structures, the month's inputs and the locked runs of the financial year.
 *
 * @param employee          as the payslip shows them
 * @param terms             PF/ESI options and the tax regime
 * @param month             the pay month
 * @param lopDays           loss-of-pay days (halves allowed)
 * @param structure         the structure in force at the end of the month
 * @param previousStructure the one before it: pays the days of the month before {@code structure} took effect, and
 *                          is the base of arrears; null when there is none
 * @param arrearMonths      earlier months already paid under {@code previousStructure} that {@code structure} covers
 *                          (a back-dated revision): their difference is paid now as {@code ARREAR_<code>}
 * @param inputs            one-off amounts of the month (variable pay, bonus, reimbursement claims, deductions)
 * @param yearToDate        what the locked runs of the financial year already paid and deducted
 * @param declarations      the year's declarations as the tax computation counts them
 */
public record EmployeeMonth(PayslipEmployee employee, Terms terms, YearMonth month, BigDecimal lopDays,
                            SalaryStructureAmounts structure, SalaryStructureAmounts previousStructure,
                            List<PaidMonth> arrearMonths, List<VariablePay> inputs, YearToDate yearToDate,
                            TaxDeclarations declarations) {

    public EmployeeMonth {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(month, "month");
        lopDays = lopDays == null ? BigDecimal.ZERO : lopDays;
        arrearMonths = arrearMonths == null ? List.of() : List.copyOf(arrearMonths);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        yearToDate = yearToDate == null ? YearToDate.NONE : yearToDate;
        declarations = declarations == null ? TaxDeclarations.NONE : declarations;
    }

    /**
     * @param pfApplicable   PF applies to the employee
     * @param pfOnActualWages contributes on actual PF wages above the ceiling
     * @param epsMember      false for an excluded employee (joined after 1 Sep 2014 above the ceiling)
     * @param esiApplicable  ESI applies (the establishment is covered and the employee registered)
     * @param regime         the employee's choice for TDS
     */
    public record Terms(boolean pfApplicable, boolean pfOnActualWages, boolean epsMember, boolean esiApplicable,
                        TaxRegime regime) {
    }

    /** A month paid earlier, with the days it paid. */
    public record PaidMonth(YearMonth month, BigDecimal paidDays) {
    }

    /** How a one-off taxable amount is taxed: projected over the rest of the year, or in the month paid. */
    public enum TaxTreatment { SPREAD, IN_MONTH }

    /** A one-off amount of the month; {@code treatment} null means taxed in the month (when taxable). */
    public record VariablePay(String code, BigDecimal amount, TaxTreatment treatment) {
    }

    /**
     * Year-to-date figures from the locked (not superseded) runs of the financial year, months before this one.
     *
     * @param taxableSalary   taxable salary paid
     * @param tds             TDS deducted
     * @param professionalTax professional tax deducted
     * @param esiCovered      the ESI coverage decided at the start of the current contribution period; null when no
     *                        earlier month of the period was paid (then it is decided now)
     */
    public record YearToDate(BigDecimal taxableSalary, BigDecimal tds, BigDecimal professionalTax, Boolean esiCovered) {
        public static final YearToDate NONE = new YearToDate(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /**
     * Annual figures for the tax projection (the old regime counts deductions and HRA; the new ignores them).
     *
     * @param deductions             Chapter VI-A deductions and 24(b), each already limited to its cap
     * @param hraExemption           the year's HRA exemption
     * @param otherIncome            other income the employee declared
     * @param previousEmployerSalary taxable salary from an earlier employer this year
     * @param previousEmployerTds    TDS that employer deducted
     */
    public record TaxDeclarations(BigDecimal deductions, BigDecimal hraExemption, BigDecimal otherIncome,
                                  BigDecimal previousEmployerSalary, BigDecimal previousEmployerTds) {
        public static final TaxDeclarations NONE = new TaxDeclarations(BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}

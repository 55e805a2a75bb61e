package dev.lekha.mappings.payroll;

import dev.lekha.mappings.incometax.TaxRegime;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One employee's pay for one month as the payroll computed it: what the payroll run stores and what every payroll
 * file (register, payslip, ECR, ESIC upload, PT return, bank salary file) is written from. Amounts in rupees,
 * scale 2, never null (zero when not applicable).
 *
 * @param employee               who
 * @param month                  the pay month
 * @param daysInMonth            calendar days of the month
 * @param paidDays               days paid (after joining/leaving and LOP)
 * @param lopDays                loss-of-pay days
 * @param ncpDays                non-contributory days for the ECR (days not paid in the month)
 * @param earnings               earnings by component in display order, arrears as their own components
 * @param otherDeductions        non-statutory deductions by component
 * @param grossEarnings          the sum of {@code earnings}
 * @param taxableEarnings        the part of gross that is taxable salary
 * @param pfWages                wages PF is computed on (Code on Social Security definition)
 * @param epsWages               EPS wages (capped at the ceiling in force)
 * @param edliWages              EDLI wages (capped)
 * @param epfEmployee            employee's 12%
 * @param vpfEmployee            voluntary PF above 12%
 * @param epsEmployer            employer's 8.33% to the pension scheme
 * @param epfEmployer            employer's share to EPF (12% less EPS)
 * @param edliEmployer           EDLI contribution
 * @param pfAdminEmployer        EPF administration charges
 * @param esiWages               wages ESI is computed on (0 when not covered)
 * @param esiEmployee            employee's ESI contribution
 * @param esiEmployer            employer's ESI contribution
 * @param professionalTax        PT deducted
 * @param lwfEmployee            labour welfare fund, employee's part
 * @param lwfEmployer            labour welfare fund, employer's part
 * @param tds                    income tax deducted (s.192; s.392 from 1 April 2026)
 * @param totalDeductions        everything deducted from gross
 * @param netPay                 gross less total deductions
 * @param regime                 the tax regime the TDS was computed under
 * @param projectedTaxableIncome the year's projected taxable income behind the TDS
 * @param projectedAnnualTax     the tax on it (after rebate, surcharge, cess)
 */
public record Payslip(PayslipEmployee employee, YearMonth month, int daysInMonth, BigDecimal paidDays,
                      BigDecimal lopDays, BigDecimal ncpDays, List<PayslipAmount> earnings,
                      List<PayslipAmount> otherDeductions, BigDecimal grossEarnings, BigDecimal taxableEarnings,
                      BigDecimal pfWages, BigDecimal epsWages, BigDecimal edliWages, BigDecimal epfEmployee,
                      BigDecimal vpfEmployee, BigDecimal epsEmployer, BigDecimal epfEmployer, BigDecimal edliEmployer,
                      BigDecimal pfAdminEmployer, BigDecimal esiWages, BigDecimal esiEmployee, BigDecimal esiEmployer,
                      BigDecimal professionalTax, BigDecimal lwfEmployee, BigDecimal lwfEmployer, BigDecimal tds,
                      BigDecimal totalDeductions, BigDecimal netPay, TaxRegime regime,
                      BigDecimal projectedTaxableIncome, BigDecimal projectedAnnualTax) {

    public Payslip {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(month, "month");
        earnings = List.copyOf(earnings);
        otherDeductions = List.copyOf(otherDeductions);
    }
}

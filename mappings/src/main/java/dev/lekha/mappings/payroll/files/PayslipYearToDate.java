package dev.lekha.mappings.payroll.files;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An employee's financial-year-to-date totals as a payslip shows them: April (or joining) up to and including the
 * payslip's month, from the locked runs of the earlier months and this payslip. Amounts in rupees, scale 2.
 *
 * @param from               the first month counted (April of the financial year)
 * @param to                 the payslip's month
 * @param grossEarnings      gross earnings
 * @param providentFund      the employee's EPF and VPF
 * @param professionalTax    professional tax
 * @param tds                income tax deducted
 * @param netPay             net pay
 */
public record PayslipYearToDate(YearMonth from, YearMonth to, BigDecimal grossEarnings, BigDecimal providentFund,
                                BigDecimal professionalTax, BigDecimal tds, BigDecimal netPay) {

    public PayslipYearToDate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(grossEarnings, "grossEarnings");
        Objects.requireNonNull(providentFund, "providentFund");
        Objects.requireNonNull(professionalTax, "professionalTax");
        Objects.requireNonNull(tds, "tds");
        Objects.requireNonNull(netPay, "netPay");
    }

    /** The first month of the financial year {@code month} falls in (April). */
    public static YearMonth financialYearStart(YearMonth month) {
        return YearMonth.of(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1, 4);
    }
}

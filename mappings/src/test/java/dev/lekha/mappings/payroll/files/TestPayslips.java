package dev.lekha.mappings.payroll.files;

import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import dev.lekha.mappings.payroll.PayslipEmployee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Builds payslips for the writers' tests; every figure is set by the test, nothing is computed here. */
final class TestPayslips {

    static final YearMonth MONTH = YearMonth.of(2026, 5);

    private TestPayslips() {
    }

    static BigDecimal rs(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    static PayrollFileHeader header(YearMonth month) {
        return new PayrollFileHeader("Lekha Test Industries Private Limited", "12 MG Road, Pune 411001", "AAACL9999Z",
                "PNEL12345A", "MHPUN0012345000", "31000123450000999", Map.of("MH", "27123456789P"), month,
                List.of(new PayrollFileHeader.ComponentColumn("BASIC", "Basic"),
                        new PayrollFileHeader.ComponentColumn("HRA", "House rent allowance"),
                        new PayrollFileHeader.ComponentColumn("SPECIAL", "Special allowance")),
                List.of(new PayrollFileHeader.ComponentColumn("CANTEEN", "Canteen")));
    }

    static PayslipEmployee employee(String code, String name, String gender, String uan, String esi, String state) {
        return new PayslipEmployee(code, name, gender, LocalDate.of(1990, 1, 1), "ABCPE1234F", uan, esi,
                "123456789012", "HDFC0000123", state, "Engineer", "Operations", LocalDate.of(2020, 4, 1), null);
    }

    /** A mutable bag of the figures a test sets; {@link #build()} makes the payslip. */
    static final class Builder {
        PayslipEmployee employee;
        YearMonth month = MONTH;
        BigDecimal paidDays = rs("31");
        BigDecimal lopDays = rs("0");
        BigDecimal ncpDays = rs("0");
        List<PayslipAmount> earnings = List.of();
        List<PayslipAmount> deductions = List.of();
        BigDecimal gross = rs("0");
        BigDecimal pfWages = rs("0");
        BigDecimal epsWages = rs("0");
        BigDecimal edliWages = rs("0");
        BigDecimal epfEmployee = rs("0");
        BigDecimal vpf = rs("0");
        BigDecimal epsEmployer = rs("0");
        BigDecimal epfEmployer = rs("0");
        BigDecimal edli = rs("0");
        BigDecimal pfAdmin = rs("0");
        BigDecimal esiWages = rs("0");
        BigDecimal esiEmployee = rs("0");
        BigDecimal esiEmployer = rs("0");
        BigDecimal pt = rs("0");
        BigDecimal lwfEmployee = rs("0");
        BigDecimal lwfEmployer = rs("0");
        BigDecimal tds = rs("0");
        BigDecimal totalDeductions = rs("0");
        BigDecimal net = rs("0");

        Builder(PayslipEmployee employee) {
            this.employee = employee;
        }

        /** Gross, PF, EPS and EDLI wages all {@code wages}, with the given contributions. */
        Builder pf(String wages, String ee, String eps, String er) {
            gross = rs(wages);
            pfWages = rs(wages);
            epsWages = rs(wages);
            edliWages = rs(wages);
            epfEmployee = rs(ee);
            epsEmployer = rs(eps);
            epfEmployer = rs(er);
            return this;
        }

        Payslip build() {
            return new Payslip(employee, month, month.lengthOfMonth(), paidDays, lopDays, ncpDays, earnings,
                    deductions, gross, gross, pfWages, epsWages, edliWages, epfEmployee, vpf, epsEmployer, epfEmployer,
                    edli, pfAdmin, esiWages, esiEmployee, esiEmployer, pt, lwfEmployee, lwfEmployer, tds,
                    totalDeductions, net, TaxRegime.NEW, rs("0"), rs("0"));
        }
    }
}

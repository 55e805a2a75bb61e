package dev.lekha.mappings.incometax.form16;

import dev.lekha.mappings.einvoice.IndianRupees;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Part B of the employee's salary TDS certificate: Form 16 (rule 31, Income-tax Rules, 1962) up to FY 2025-26 and
 * Form 130 (certificate of salary TDS under s.392 of the Income-tax Act, 2025) from tax year 2026-27 — the
 * computation of the year's income and tax as the employer worked it out from the payroll. Part A is the TRACES
 * certificate of tax deposited, issued by the department, never generated here.
 *
 * @param financialYear     {@code 2025-26}
 * @param employerName      the deductor's name
 * @param employerPan       the deductor's PAN
 * @param employeeName      the employee's name
 * @param employeePan       the employee's PAN (printed whole: the certificate is the employee's own)
 * @param regime            NEW or OLD as the payroll applied it
 * @param grossSalary       taxable salary paid in the year (s.17(1))
 * @param hraExemption      s.10(13A) exemption (old regime)
 * @param ltaExemption      s.10(5) exemption (old regime)
 * @param standardDeduction s.16(ia) (s.19 of the 2025 Act)
 * @param professionalTax   s.16(iii) (old regime)
 * @param otherIncome       other income the employee declared
 * @param deductions        section to the amount allowed
 * @param tax               the annual computation
 * @param monthlyTds        pay month ({@code 2025-04}) to TDS deducted, April first
 */
public record Form16PartB(String financialYear, String employerName, String employerPan, String employeeName,
                          String employeePan, String regime, BigDecimal grossSalary, BigDecimal hraExemption,
                          BigDecimal ltaExemption, BigDecimal standardDeduction, BigDecimal professionalTax,
                          BigDecimal otherIncome, Map<String, BigDecimal> deductions, TaxComputation tax,
                          List<MonthTds> monthlyTds) {

    /** TDS deducted from one month's salary. */
    public record MonthTds(String payMonth, BigDecimal tds) {
    }

    public Form16PartB {
        Objects.requireNonNull(financialYear, "financialYear");
        Objects.requireNonNull(tax, "tax");
        deductions = Map.copyOf(deductions);
        monthlyTds = List.copyOf(monthlyTds);
    }

    /** Form 130 from tax year 2026-27 (the Income-tax Act, 2025), Form 16 before. */
    public boolean underNewAct() {
        return financialYear.compareTo("2026-27") >= 0;
    }

    /** The total TDS deducted in the year. */
    public BigDecimal totalTds() {
        return monthlyTds.stream().map(MonthTds::tds).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** TDS of quarter 1 (April-June) to 4 (January-March). */
    public BigDecimal quarterTds(int quarter) {
        return monthlyTds.stream().filter(m -> quarterOf(m.payMonth()) == quarter).map(MonthTds::tds)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static int quarterOf(String payMonth) {
        int month = Integer.parseInt(payMonth.substring(5, 7));
        return month >= 4 ? (month - 4) / 3 + 1 : 4;
    }

    /** Writes the certificate as a PDF to {@code out} (not closed). */
    public void writePdf(OutputStream out) throws IOException {
        boolean newAct = underNewAct();
        String form = newAct ? "Form No. 130 (formerly Form 16)" : "Form No. 16";
        CertificateLines l = new CertificateLines()
                .heading(form + " - Part B (Annexure): details of salary paid and tax deducted")
                .text(newAct ? "Certificate of tax deducted at source on salary under section 392 of the Income-tax Act,"
                        + " 2025 (formerly section 192)"
                        : "Certificate under section 203 of the Income-tax Act, 1961 for tax deducted at source on"
                        + " salary under section 192")
                .row((newAct ? "Tax year " : "Financial year ") + financialYear, "")
                .row("Employer: " + employerName, "PAN " + employerPan)
                .row("Employee: " + employeeName, "PAN " + employeePan)
                .row("Tax regime", "NEW".equals(regime) ? (newAct ? "New (section 202)" : "New (section 115BAC)") : "Old")
                .heading("Computation of income")
                .row("Gross salary", amount(grossSalary))
                .row("Less: HRA exempt (" + (newAct ? "Schedule III" : "section 10(13A)") + ")", amount(hraExemption))
                .row("Less: LTA exempt" + (newAct ? "" : " (section 10(5))"), amount(ltaExemption))
                .row("Less: standard deduction (" + (newAct ? "section 19" : "section 16(ia)") + ")", amount(standardDeduction))
                .row("Less: professional tax" + (newAct ? "" : " (section 16(iii))"), amount(professionalTax))
                .row("Income from other sources declared", amount(otherIncome));
        l.heading("Deductions allowed");
        for (String section : dev.lekha.mappings.incometax.DeductionCaps.SECTIONS) {
            if (deductions.containsKey(section)) {
                l.row("Section " + section + sectionOfNewAct(section, newAct), amount(deductions.get(section)));
            }
        }
        l.heading("Tax")
                .row("Total taxable income (rounded, section 288A)", amount(tax.taxableIncome()))
                .row("Tax on total income", amount(tax.taxOnIncome()))
                .row("Rebate (" + (newAct ? "section 156, formerly 87A" : "section 87A") + ")", amount(tax.rebate87A()))
                .row("Surcharge", amount(tax.surcharge()))
                .row("Marginal relief", amount(tax.marginalRelief()))
                .row("Health and education cess", amount(tax.cess()))
                .row("Tax payable (rounded, section 288B)", amount(tax.totalTax()))
                .heading("Tax deducted from salary");
        for (MonthTds m : monthlyTds) {
            l.row("TDS " + m.payMonth(), amount(m.tds()));
        }
        for (int q = 1; q <= 4; q++) {
            l.row("Quarter Q" + q, amount(quarterTds(q)));
        }
        l.row("Total tax deducted", amount(totalTds()))
                .row(totalTds().compareTo(tax.totalTax()) >= 0 ? "Tax deducted in excess" : "Tax still payable",
                        amount(totalTds().subtract(tax.totalTax()).abs()));
        l.write(form + " Part B " + financialYear, out);
    }

    private static String sectionOfNewAct(String section, boolean newAct) {
        if (!newAct) {
            return "";
        }
        return switch (section) {
            case "80C" -> " (section 123)";
            case "80CCC", "80CCD1", "80CCD1B", "80CCD2" -> " (section 124)";
            case "80D", "80D_PARENTS" -> " (section 126)";
            default -> "";
        };
    }

    static String amount(BigDecimal v) {
        return IndianRupees.grouped(v == null ? BigDecimal.ZERO : v);
    }
}

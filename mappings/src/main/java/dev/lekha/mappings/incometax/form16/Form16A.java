package dev.lekha.mappings.incometax.form16;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The certificate of tax deducted at source on a payment other than salary, for one deductee and one quarter: Form
 * 16A (rule 31, Income-tax Rules, 1962) up to FY 2025-26 and Form 131 (Income-tax Act, 2025) from tax year 2026-27.
 * The department's own Form 16A is downloaded from TRACES; this is the deductor's working copy of the same figures,
 * by section (or payment code from 1 April 2026), for checking against it.
 *
 * @param quarter 1 (April-June) to 4 (January-March)
 */
public record Form16A(String financialYear, int quarter, String deductorName, String tan, String deductorPan,
                      String deducteeName, String deducteePan, List<Deduction> deductions) {

    /** One payment or credit and the tax deducted from it. */
    public record Deduction(LocalDate paymentDate, String section, String paymentCode, BigDecimal amountPaid,
                            BigDecimal ratePercent, BigDecimal tds, LocalDate deductionDate, String challan) {
    }

    public Form16A {
        Objects.requireNonNull(financialYear, "financialYear");
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
        deductions = List.copyOf(deductions);
    }

    public boolean underNewAct() {
        return financialYear.compareTo("2026-27") >= 0;
    }

    public BigDecimal totalPaid() {
        return deductions.stream().map(Deduction::amountPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalTds() {
        return deductions.stream().map(Deduction::tds).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Writes the certificate as a PDF to {@code out} (not closed). */
    public void writePdf(OutputStream out) throws IOException {
        boolean newAct = underNewAct();
        String form = newAct ? "Form No. 131 (formerly Form 16A)" : "Form No. 16A";
        CertificateLines l = new CertificateLines()
                .heading(form + ": certificate of tax deducted at source (other than salary)")
                .row((newAct ? "Tax year " : "Financial year ") + financialYear + ", quarter Q" + quarter, "")
                .row("Deductor: " + deductorName, "TAN " + tan)
                .row("Deductor PAN", deductorPan == null ? "" : deductorPan)
                .row("Deductee: " + deducteeName, "PAN " + (deducteePan == null ? "PANNOTAVBL" : deducteePan))
                .heading("Amounts paid or credited and tax deducted");
        for (Deduction d : deductions) {
            String section = newAct && d.paymentCode() != null ? "payment code " + d.paymentCode() + " (s." + d.section() + ")"
                    : "section " + d.section();
            l.row(d.paymentDate() + " " + section + " paid " + Form16PartB.amount(d.amountPaid()) + " at "
                    + d.ratePercent().stripTrailingZeros().toPlainString() + "%"
                    + (d.challan() == null ? " (not yet deposited)" : " challan " + d.challan()),
                    Form16PartB.amount(d.tds()));
        }
        l.row("Total amount paid or credited", Form16PartB.amount(totalPaid()))
                .row("Total tax deducted", Form16PartB.amount(totalTds()));
        l.write(form + " " + financialYear + " Q" + quarter, out);
    }
}

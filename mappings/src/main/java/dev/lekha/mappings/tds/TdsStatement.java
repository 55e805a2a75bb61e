package dev.lekha.mappings.tds;

import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeductor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A quarterly TDS statement ready to write: the deductor, the quarter, the challans each with the deductions it paid,
 * and (salary, Q4) each employee's salary detail for the year.
 *
 * @param fyStartYear 2025 for FY 2025-26 / tax year 2026 for 2026-27
 * @param quarter     1 to 4
 */
public record TdsStatement(StatementForm form, TdsDeductor deductor, int fyStartYear, int quarter,
                           LocalDate createdOn, String rpuName, List<ChallanBlock> challans,
                           List<SalaryDetail> salaryDetails) {

    public TdsStatement {
        Objects.requireNonNull(form, "form must not be null");
        Objects.requireNonNull(deductor, "deductor must not be null");
        Objects.requireNonNull(createdOn, "createdOn must not be null");
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
        }
        challans = List.copyOf(challans);
        salaryDetails = salaryDetails == null ? List.of() : List.copyOf(salaryDetails);
    }

    /** First day of the quarter (Q1 April-June ... Q4 January-March). */
    public LocalDate quarterStart() {
        return quarter == 4 ? LocalDate.of(fyStartYear + 1, 1, 1) : LocalDate.of(fyStartYear, 4 + 3 * (quarter - 1), 1);
    }

    /** Last day of the quarter. */
    public LocalDate quarterEnd() {
        return quarterStart().plusMonths(3).minusDays(1);
    }

    /** A challan and the deductions it paid. */
    public record ChallanBlock(TdsChallan challan, List<DeducteeLine> deductees) {
        public ChallanBlock {
            Objects.requireNonNull(challan, "challan must not be null");
            deductees = List.copyOf(deductees);
        }
    }

    /**
     * One deduction from one deductee.
     *
     * @param reference   employee code or party reference (NSDL DD field 7, up to 10 characters)
     * @param pan         the PAN, or PANNOTAVBL / PANINVALID / PANAPPLIED
     * @param code        the section (Act 1961) or the s.392/393 payment code (Forms 138/140)
     * @param ratePercent rate applied (Forms 138/140 carry it), may be null for salary
     * @param remark      A, B, C or null
     */
    public record DeducteeLine(String reference, String pan, String name, String code, LocalDate paymentDate,
                               LocalDate deductionDate, BigDecimal amountPaid, BigDecimal tax, BigDecimal surcharge,
                               BigDecimal cess, BigDecimal ratePercent, String remark) {

        /** Tax, surcharge and cess. */
        public BigDecimal totalTax() {
            return tax.add(surcharge).add(cess);
        }
    }

    /**
     * An employee's salary for the year (Q4 / annual). category: G general, S senior citizen, W super senior (as the
     * NSDL salary detail carries it).
     */
    public record SalaryDetail(String pan, String name, String category, LocalDate from, LocalDate to,
                               BigDecimal grossSalary, BigDecimal section16Deductions, BigDecimal otherIncome,
                               BigDecimal chapterVIADeductions, BigDecimal taxOnIncome, BigDecimal surcharge,
                               BigDecimal cess, BigDecimal relief89, BigDecimal tdsDeducted) {

        public BigDecimal salaryIncome() {
            return grossSalary.subtract(section16Deductions);
        }

        public BigDecimal grossTotalIncome() {
            return salaryIncome().add(otherIncome);
        }

        public BigDecimal taxableIncome() {
            return grossTotalIncome().subtract(chapterVIADeductions);
        }

        public BigDecimal netTax() {
            return taxOnIncome.add(surcharge).add(cess).subtract(relief89);
        }
    }
}

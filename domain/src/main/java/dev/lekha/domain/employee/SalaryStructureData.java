package dev.lekha.domain.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A salary structure of one employee in force from a date, already checked (its formulas evaluate). Storing
 * replaces the lines of a structure of the same employee and date.
 *
 * @param annualCtc may be null when no formula uses CTC
 * @param lines     at least one
 */
public record SalaryStructureData(String employeeCode, LocalDate effectiveFrom, BigDecimal annualCtc, List<Line> lines) {

    public SalaryStructureData {
        lines = List.copyOf(lines);
    }

    /** One component: a monthly amount or a formula, exactly one of the two. */
    public record Line(String componentCode, BigDecimal monthlyAmount, String formula) {
    }
}

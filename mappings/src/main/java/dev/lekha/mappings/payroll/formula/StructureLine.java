package dev.lekha.mappings.payroll.formula;

import java.math.BigDecimal;

/**
 * One component of a salary structure: a fixed monthly amount or a {@link SalaryFormula} over the other
 * components of the same structure (exactly one of the two, as {@code salary_structure_line} requires).
 *
 * @param componentCode the component's code (e.g. BASIC), must not be null
 * @param monthlyAmount the fixed monthly amount in rupees, or null when {@code formula} is given
 * @param formula       the formula text, or null when {@code monthlyAmount} is given
 */
public record StructureLine(String componentCode, BigDecimal monthlyAmount, String formula) {

    /** A line with a fixed monthly amount. */
    public static StructureLine fixed(String componentCode, BigDecimal monthlyAmount) {
        return new StructureLine(componentCode, monthlyAmount, null);
    }

    /** A line computed by a formula. */
    public static StructureLine formula(String componentCode, String formula) {
        return new StructureLine(componentCode, null, formula);
    }
}

package dev.lekha.domain.employee;

import java.math.BigDecimal;

/**
 * An investment declaration (and its verified proof) for a financial year ({@code 2025-26}); replaces the same
 * employee, year and section.
 *
 * @param proofAmount null until proofs are verified
 * @param detail      the landlord's PAN for HRA_RENT above Rs 1 lakh a year, else free text or null
 */
public record DeclarationData(String employeeCode, String financialYear, String section, BigDecimal declaredAmount,
                              BigDecimal proofAmount, String detail) {
}

package dev.lekha.domain.employee;

/**
 * A salary component of a company and how it counts (a row of {@code salary_component}).
 *
 * @param kind                EARNING (monthly, by structure), VARIABLE (when input), REIMBURSEMENT or DEDUCTION
 * @param pfWage              part of PF wages under the Code on Social Security, 2020, s.2(88)
 * @param pfExcludedAllowance one of the exclusions of s.2(88)(a) to (i), counted for its 50% proviso
 * @param esiWage             part of wages under the ESI Act, 1948, s.2(22)
 * @param taxable             part of taxable salary
 * @param prorated            reduced for loss-of-pay, joining and leaving days
 */
public record SalaryComponent(String code, String name, String kind, boolean pfWage, boolean pfExcludedAllowance,
                              boolean esiWage, boolean taxable, boolean prorated, int displayOrder) {

    public static final String EARNING = "EARNING";
    public static final String VARIABLE = "VARIABLE";
    public static final String REIMBURSEMENT = "REIMBURSEMENT";
    public static final String DEDUCTION = "DEDUCTION";

    /** The prefix of arrear components: {@code ARREAR_BASIC} is basic pay of an earlier month paid now. */
    public static final String ARREAR_PREFIX = "ARREAR_";
}

package dev.lekha.hub.tax;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /api/tax/income-tax}: annual amounts in rupees (CONTRACTS.md). Either {@code hraExemption} (already
 * worked out) or {@code hra} (the inputs to work it out), not both.
 *
 * @param regime         NEW, OLD or BOTH (both computations and the better one)
 * @param deductions     section to amount claimed: 80C, 80CCC, 80CCD1, 80CCD1B, 80CCD2, 80D, 80D_PARENTS, 24b; capped
 *                       by the year's limits
 * @param ltaExemption   LTA exempt under s.10(5) as declared (old regime only)
 * @param professionalTax professional tax paid in the year, s.16(iii) (old regime only)
 * @param basicDa        basic + DA for the year, for the 80CCD2 cap when {@code hra} is not given
 * @param parentsSenior  whether a parent insured under 80D_PARENTS is 60 or more
 */
public record IncomeTaxRequest(
        @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{2}", message = "must be a financial year like 2025-26") String financialYear,
        @NotBlank @Pattern(regexp = "NEW|OLD|BOTH", message = "must be NEW, OLD or BOTH") String regime,
        @NotNull @PositiveOrZero BigDecimal grossSalary,
        @PositiveOrZero BigDecimal otherIncome,
        Map<String, BigDecimal> deductions,
        @PositiveOrZero BigDecimal hraExemption,
        @Valid HraInput hra,
        @PositiveOrZero BigDecimal ltaExemption,
        @PositiveOrZero BigDecimal professionalTax,
        @PositiveOrZero BigDecimal basicDa,
        Boolean parentsSenior,
        @NotNull @Min(0) @Max(150) Integer age) {

    /**
     * What the HRA exemption is worked out from (s.10(13A) and rule 2A; the Income-tax Rules, 2026 from 2026-27).
     *
     * @param city where the employee lives; the year's listed cities get 50% of basic + DA, others 40%
     */
    public record HraInput(@NotNull @PositiveOrZero BigDecimal basicDa, @NotNull @PositiveOrZero BigDecimal hraReceived,
                           @NotNull @PositiveOrZero BigDecimal rentPaid, @NotBlank String city) {
    }
}

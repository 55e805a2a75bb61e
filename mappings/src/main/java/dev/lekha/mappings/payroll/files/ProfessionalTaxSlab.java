package dev.lekha.mappings.payroll.files;

import dev.lekha.mappings.einvoice.IndianRupees;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A professional-tax band of one state as the return shows it, taken by the caller from the dated
 * {@code statutory_slab} rows in force for the month. A band holds monthly salary or wages {@code v} when
 * {@code v > lowerBound} (or {@code lowerBound} is 0) and ({@code upperBound} is null or {@code v <= upperBound}), the
 * convention of {@code statutory_slab}.
 *
 * @param state      two-letter state code; must not be null
 * @param lowerBound must not be null
 * @param upperBound null for the open top band
 * @param monthlyTax the tax for the month; must not be null
 * @param gender     "F" for a band only women have (Maharashtra's exemption up to ₹25,000), else null
 * @param month      the only month the band applies in (Maharashtra's ₹300 in February), else null
 */
public record ProfessionalTaxSlab(String state, BigDecimal lowerBound, BigDecimal upperBound, BigDecimal monthlyTax,
                                  String gender, Month month) {

    public ProfessionalTaxSlab {
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(lowerBound, "lowerBound must not be null");
        Objects.requireNonNull(monthlyTax, "monthlyTax must not be null");
    }

    /** Whether monthly salary {@code v} falls in the band. */
    boolean holds(BigDecimal v) {
        return (v.compareTo(lowerBound) > 0 || lowerBound.signum() == 0)
                && (upperBound == null || v.compareTo(upperBound) <= 0);
    }

    /** Whether the band can apply to an employee of {@code employeeGender} in {@code payMonth}. */
    boolean appliesTo(String employeeGender, Month payMonth) {
        return (gender == null || gender.equals(employeeGender)) && (month == null || month == payMonth);
    }

    /** As the return's first column says it: "Up to ₹7,500", "Above ₹7,500 up to ₹10,000 (women)", ... */
    public String label() {
        String text;
        if (lowerBound.signum() == 0 && upperBound != null) {
            text = "Up to " + rupees(upperBound);
        } else if (upperBound == null) {
            text = "Above " + rupees(lowerBound);
        } else {
            text = "Above " + rupees(lowerBound) + " up to " + rupees(upperBound);
        }
        if ("F".equals(gender)) {
            text += " (women)";
        }
        if (month != null) {
            text += " (" + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
        }
        return text;
    }

    private static String rupees(BigDecimal amount) {
        String grouped = IndianRupees.grouped(amount.setScale(2, RoundingMode.HALF_UP));
        return "\u20B9" + (grouped.endsWith(".00") ? grouped.substring(0, grouped.length() - 3) : grouped);
    }
}

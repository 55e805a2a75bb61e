package dev.lekha.mappings.incometax;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The age bands of the old regime's basic exemption limit: below 60 (2.5 lakh), senior citizen 60 to 79 (3 lakh) and
 * super senior citizen 80 or more (5 lakh), resident individuals only (Finance Act, 2025, First Schedule Part III
 * paragraph A; the Finance Act, 2026 for tax year 2026-27). The new regime has one table for every age.
 *
 * <p>The age counts if reached at any time during the year, so it is the age on the last day of the financial year;
 * a person born on 1 April is taken to reach the age on the previous day (31 March), as the CBDT reads the General
 * Clauses rule, which is the same as the age on 1 April of the following year.
 */
public enum AgeBand {
    BELOW_60,
    SENIOR_60_TO_79,
    SUPER_SENIOR_80_PLUS;

    /** The band of an age in completed years; refuses a negative age. */
    public static AgeBand of(int age) {
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age must be between 0 and 150, was " + age);
        }
        return age >= 80 ? SUPER_SENIOR_80_PLUS : age >= 60 ? SENIOR_60_TO_79 : BELOW_60;
    }

    /**
     * The age that counts for the financial year ending on 31 March of {@code endYear} (2026 for FY 2025-26).
     *
     * @param dateOfBirth must not be null
     */
    public static int ageForYearEnding(LocalDate dateOfBirth, int endYear) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        return Math.max(0, Period.between(dateOfBirth, LocalDate.of(endYear, 4, 1)).getYears());
    }

    /** Whether this is a senior citizen's band (60 or more), which also raises the s.80D limit. */
    public boolean senior() {
        return this != BELOW_60;
    }
}

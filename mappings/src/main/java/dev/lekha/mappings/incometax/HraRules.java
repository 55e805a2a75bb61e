package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HRA exemption's numbers for one year, as data: the share of basic + DA exempt in the listed cities and
 * elsewhere, the share of basic + DA that rent must exceed, and the listed cities (rule 2A of the Income-tax Rules,
 * 1962: Delhi, Mumbai, Kolkata, Chennai; from tax year 2026-27 the Income-tax Rules, 2026 add Bengaluru, Hyderabad,
 * Pune and Ahmedabad). City names are matched ignoring case and surrounding or repeated spaces; the data may list
 * the usual other spellings (Bangalore, New Delhi, Bombay) as their own rows.
 */
public record HraRules(BigDecimal listedCityPercent, BigDecimal otherCityPercent, BigDecimal rentExcessPercent,
                       Set<String> listedCities) {

    public HraRules {
        Objects.requireNonNull(listedCityPercent, "listedCityPercent");
        Objects.requireNonNull(otherCityPercent, "otherCityPercent");
        Objects.requireNonNull(rentExcessPercent, "rentExcessPercent");
        listedCities = listedCities.stream().map(HraRules::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code city} is one of the listed (50%) cities; a null or blank city is not. */
    public boolean isListed(String city) {
        return city != null && !city.isBlank() && listedCities.contains(normalise(city));
    }

    static String normalise(String city) {
        return city.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

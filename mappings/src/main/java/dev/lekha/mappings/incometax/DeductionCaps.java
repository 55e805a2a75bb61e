package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The limits of the deductions a salaried employee declares, for one year, as data (Income-tax Act, 1961 section
 * first; Income-tax Act, 2025 section second):
 *
 * <ul>
 *   <li>{@code 80C}, {@code 80CCC}, {@code 80CCD1}: together at most {@code cap80C} (s.80CCE; s.123 and s.124);</li>
 *   <li>{@code 80CCD1B}: own NPS contribution beyond that, at most {@code cap80Ccd1b} (s.80CCD(1B); s.124);</li>
 *   <li>{@code 80CCD2}: the employer's NPS contribution, at most {@code employerNpsPercentNew}% (new regime) or
 *       {@code employerNpsPercentOld}% (old) of basic + DA; the only one the new regime allows (s.80CCD(2); s.124);</li>
 *   <li>{@code 80D}: health insurance of self, spouse and children, at most {@code selfHealth} or
 *       {@code selfHealthSenior} when the employee is 60 or more; {@code 80D_PARENTS}: parents', at most
 *       {@code parentsHealth} or {@code parentsHealthSenior} when a parent is 60 or more (s.80D; s.126);</li>
 *   <li>{@code 24B}: interest on a loan for a self-occupied house, at most {@code selfOccupiedInterest} (s.24(b);
 *       house property under the 2025 Act), old regime only.</li>
 * </ul>
 *
 * Section codes are matched ignoring case ({@code 24b} and {@code 24B} alike).
 */
public record DeductionCaps(BigDecimal cap80C, BigDecimal cap80Ccd1b, BigDecimal employerNpsPercentNew,
                            BigDecimal employerNpsPercentOld, BigDecimal selfHealth, BigDecimal selfHealthSenior,
                            BigDecimal parentsHealth, BigDecimal parentsHealthSenior, BigDecimal selfOccupiedInterest) {

    /** The section codes a claim may use, in the order they are reported. */
    public static final List<String> SECTIONS = List.of("80C", "80CCC", "80CCD1", "80CCD1B", "80CCD2", "80D",
            "80D_PARENTS", "24B");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public DeductionCaps {
        for (BigDecimal v : new BigDecimal[] {cap80C, cap80Ccd1b, employerNpsPercentNew, employerNpsPercentOld, selfHealth,
                selfHealthSenior, parentsHealth, parentsHealthSenior, selfOccupiedInterest}) {
            Objects.requireNonNull(v, "every deduction cap must be given");
        }
    }

    /**
     * The deductions allowed.
     *
     * @param allowed          per claimed section, what counts under {@code regime} (zero for what the regime refuses)
     * @param oldRegimeOnly    the total of the sections only the old regime allows
     * @param everyRegime      the total both regimes allow (employer NPS)
     */
    public record Allowed(Map<String, BigDecimal> allowed, BigDecimal oldRegimeOnly, BigDecimal everyRegime) {
    }

    /**
     * Caps the claims.
     *
     * @param claims         section code to amount claimed for the year; unknown codes and negative amounts refused
     * @param regime         decides the employer NPS share and which sections count
     * @param age            the employee's band
     * @param parentsSenior  whether a parent insured under 80D is 60 or more
     * @param basicDa        basic + DA for the year; needed only when {@code 80CCD2} is claimed
     * @throws IllegalArgumentException naming the section that is wrong
     */
    public Allowed allow(Map<String, BigDecimal> claims, TaxRegime regime, AgeBand age, boolean parentsSenior,
                         BigDecimal basicDa) {
        Map<String, BigDecimal> c = normalise(claims);
        Map<String, BigDecimal> allowed = new LinkedHashMap<>();
        boolean old = regime == TaxRegime.OLD;
        BigDecimal left80C = cap80C;
        for (String s : List.of("80C", "80CCC", "80CCD1")) {
            if (c.containsKey(s)) {
                BigDecimal a = c.get(s).min(left80C);
                left80C = left80C.subtract(a);
                allowed.put(s, old ? a : BigDecimal.ZERO);
            }
        }
        put(allowed, c, "80CCD1B", cap80Ccd1b, old);
        if (c.containsKey("80CCD2") && c.get("80CCD2").signum() > 0) {
            if (basicDa == null || basicDa.signum() <= 0) {
                throw new IllegalArgumentException("80CCD2: the employer NPS deduction is capped at a share of basic + DA;"
                        + " give basic + DA for the year");
            }
            BigDecimal percent = old ? employerNpsPercentOld : employerNpsPercentNew;
            BigDecimal cap = basicDa.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            allowed.put("80CCD2", c.get("80CCD2").min(cap));
        } else if (c.containsKey("80CCD2")) {
            allowed.put("80CCD2", BigDecimal.ZERO);
        }
        put(allowed, c, "80D", age.senior() ? selfHealthSenior : selfHealth, old);
        put(allowed, c, "80D_PARENTS", parentsSenior ? parentsHealthSenior : parentsHealth, old);
        put(allowed, c, "24B", selfOccupiedInterest, old);
        BigDecimal every = allowed.getOrDefault("80CCD2", BigDecimal.ZERO);
        BigDecimal oldOnly = allowed.entrySet().stream().filter(e -> !e.getKey().equals("80CCD2"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        allowed.replaceAll((k, v) -> v.setScale(2, RoundingMode.HALF_UP));
        return new Allowed(Collections.unmodifiableMap(allowed),
                oldOnly.setScale(2, RoundingMode.HALF_UP), every.setScale(2, RoundingMode.HALF_UP));
    }

    private static void put(Map<String, BigDecimal> allowed, Map<String, BigDecimal> claims, String section, BigDecimal cap,
                            boolean counts) {
        if (claims.containsKey(section)) {
            allowed.put(section, counts ? claims.get(section).min(cap) : BigDecimal.ZERO);
        }
    }

    private static Map<String, BigDecimal> normalise(Map<String, BigDecimal> claims) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (claims == null) {
            return out;
        }
        claims.forEach((k, v) -> {
            String key = k == null ? "" : k.trim().toUpperCase(Locale.ROOT);
            if (!SECTIONS.contains(key)) {
                throw new IllegalArgumentException("deduction section '" + k + "' is not known: use one of " + SECTIONS);
            }
            BigDecimal amount = v == null ? BigDecimal.ZERO : v;
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("deduction " + key + " must not be negative, was " + amount.toPlainString());
            }
            out.merge(key, amount, BigDecimal::add);
        });
        return out;
    }
}

package dev.lekha.connectors.gstportal.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How the sandbox portal behaves.
 *
 * @param otp           the OTP every OTPREQUEST "sends": GSTN's own sandbox and the GSPs' sandboxes use
 *                      {@value #GSTN_SANDBOX_OTP} (a PHP client against devapi.gstsystem.co.in; the charteredinfo and
 *                      sandbox.co.in sandbox docs)
 * @param evcOtp        the OTP every EVCOTP "sends" (same default)
 * @param tokenValidity how long an auth token lives ({@code expiry} in minutes; GSPs document 6 hours)
 * @param otpValidity   how long a requested OTP can be used (assumed: 10 minutes)
 * @param allowedRates  GST rates (percent) the portal accepts in a GSTR-1 item ({@code rt}); statutory data, so
 *                      passed in
 */
public record GstPortalSandboxSettings(String otp, String evcOtp, Duration tokenValidity, Duration otpValidity,
                                       Set<BigDecimal> allowedRates) {

    public static final String GSTN_SANDBOX_OTP = "575757";

    /** The GST rate list in force since 22 September 2025 (0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40). */
    public static final Set<BigDecimal> RATES = Set.of("0", "0.1", "0.25", "1", "1.5", "3", "5", "6", "7.5", "12",
            "18", "28", "40").stream().map(BigDecimal::new).collect(Collectors.toUnmodifiableSet());

    /** OTPs 575757, 6-hour tokens, 10-minute OTPs, {@link #RATES}. */
    public static final GstPortalSandboxSettings DEFAULT = new GstPortalSandboxSettings(GSTN_SANDBOX_OTP,
            GSTN_SANDBOX_OTP, Duration.ofHours(6), Duration.ofMinutes(10), RATES);

    public GstPortalSandboxSettings {
        if (otp == null || !otp.matches("[0-9]{6}") || evcOtp == null || !evcOtp.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("the sandbox OTPs must be 6 digits");
        }
        Objects.requireNonNull(tokenValidity, "tokenValidity");
        Objects.requireNonNull(otpValidity, "otpValidity");
        if (tokenValidity.toMinutes() < 1 || otpValidity.isNegative() || otpValidity.isZero()) {
            throw new IllegalArgumentException("tokenValidity must be at least a minute and otpValidity positive");
        }
        TreeSet<BigDecimal> rates = new TreeSet<>();
        allowedRates.forEach(r -> rates.add(r.stripTrailingZeros()));
        allowedRates = Set.copyOf(rates);
    }

    /** Whether {@code rate} (any scale) is in the list. */
    public boolean rateAllowed(BigDecimal rate) {
        return rate != null && allowedRates.contains(rate.stripTrailingZeros());
    }
}

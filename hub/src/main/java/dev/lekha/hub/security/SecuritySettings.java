package dev.lekha.hub.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.security.*}: login protection.
 *
 * @param lockout when an account is locked after failed logins
 */
@ConfigurationProperties("lekha.security")
public record SecuritySettings(@DefaultValue Lockout lockout) {

    /**
     * @param maxFailures consecutive failed logins (form or HTTP Basic) that lock the account; default 5
     * @param duration    how long it stays locked; default 15 minutes
     */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
        public Lockout {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("lekha.security.lockout.max-failures must be at least 1, got "
                        + maxFailures);
            }
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("lekha.security.lockout.duration must be positive, got " + duration);
            }
        }
    }
}

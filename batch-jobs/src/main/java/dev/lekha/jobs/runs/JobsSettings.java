package dev.lekha.jobs.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Job launching ({@code lekha.jobs.*}).
 *
 * @param concurrency    how many job runs may execute at once on this node (default 4); more launches wait
 * @param faultInjection test hook: when enabled, a launch may carry {@code failAfterItems} to make a run fail midway
 */
@ConfigurationProperties("lekha.jobs")
public record JobsSettings(Integer concurrency, FaultInjection faultInjection) {

    public JobsSettings {
        concurrency = concurrency == null || concurrency < 1 ? 4 : concurrency;
        faultInjection = faultInjection == null ? new FaultInjection(false) : faultInjection;
    }

    /** @param enabled honour the {@code failAfterItems} launch parameter (default false; never in production) */
    public record FaultInjection(boolean enabled) {
    }
}

package dev.lekha.routes.einvoice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.einvoice.*}: how pending e-invoices are sent to the IRP.
 *
 * @param enabled             this node dispatches pending e-invoices
 * @param pollInterval        how often due e-invoices are looked for
 * @param batchSize           e-invoices claimed per poll
 * @param concurrency         IRP calls at once per node
 * @param claimFor            how long a node holds a claimed e-invoice before another may take it
 * @param firstRetryDelay     delay after the first transient failure (timeout, 5xx)
 * @param retryMultiplier     growth of the delay per further failure
 * @param maxRetryDelay       longest delay between attempts
 * @param credentialsRetryDelay delay while the IRP refuses the GSTIN's credentials (a person must fix them)
 */
@ConfigurationProperties("lekha.einvoice")
public record EinvoiceSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int concurrency,
        @DefaultValue("2m") Duration claimFor,
        @DefaultValue("10s") Duration firstRetryDelay,
        @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("30m") Duration maxRetryDelay,
        @DefaultValue("15m") Duration credentialsRetryDelay) {

    /** The delay before attempt {@code failures + 1}, after {@code failures} transient failures. */
    public Duration retryDelay(int failures) {
        double millis = firstRetryDelay.toMillis() * Math.pow(retryMultiplier, Math.max(0, failures - 1));
        return millis >= maxRetryDelay.toMillis() ? maxRetryDelay : Duration.ofMillis((long) millis);
    }
}

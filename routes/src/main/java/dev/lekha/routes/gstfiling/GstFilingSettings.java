package dev.lekha.routes.gstfiling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.gst-filing.*}: how long to wait for the portal to process a saved return.
 *
 * @param statusPollAttempts RETSTATUS checks before giving up (the save is never repeated)
 * @param statusPollDelay    wait between checks
 */
@ConfigurationProperties("lekha.gst-filing")
public record GstFilingSettings(@DefaultValue("10") int statusPollAttempts, @DefaultValue("2s") Duration statusPollDelay) {
}

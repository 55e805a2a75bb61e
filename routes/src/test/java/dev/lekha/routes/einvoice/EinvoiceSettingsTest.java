package dev.lekha.routes.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EinvoiceSettingsTest {

    final EinvoiceSettings defaults = new EinvoiceSettings(true, Duration.ofSeconds(1), 100, 4, Duration.ofMinutes(2),
            Duration.ofSeconds(10), 2.0, Duration.ofMinutes(30), Duration.ofMinutes(15));

    @Test
    void theWaitDoublesAfterEachTransientFailureUpToTheLongestWait() {
        // 10 s x 2^(n-1): 10, 20, 40, 80 s ...; 10 x 2^8 = 2560 s > 1800 s, so the 9th and later wait 30 min
        assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.retryDelay(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(defaults.retryDelay(8)).isEqualTo(Duration.ofSeconds(1280));
        assertThat(defaults.retryDelay(9)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.retryDelay(50)).isEqualTo(Duration.ofMinutes(30));
    }
}

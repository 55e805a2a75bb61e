package dev.lekha.jobs;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test wiring: a recording outbox (primary, so tests see what the jobs publish whether or not the
 * core's outbox is present) .
 */
@TestConfiguration(proxyBeanMethods = false)
public class JobsTestConfiguration {

    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
        return new RecordingOutbox();
    }

}

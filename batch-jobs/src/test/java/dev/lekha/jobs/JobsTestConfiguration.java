package dev.lekha.jobs;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test wiring: a recording outbox (primary, so tests see what the jobs publish whether or not the
 * core's outbox is present) and the test-only migrations under {@code db/testdata}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JobsTestConfiguration {

    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
        return new RecordingOutbox();
    }

    @Bean
    FlywayConfigurationCustomizer testDataMigrations() {
        return flyway -> {
            var locations = new java.util.ArrayList<>(java.util.List.of(flyway.getLocations()));
            locations.add(new org.flywaydb.core.api.Location("classpath:db/testdata"));
            flyway.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
        };
    }
}

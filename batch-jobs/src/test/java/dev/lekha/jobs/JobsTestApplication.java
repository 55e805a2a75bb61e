package dev.lekha.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The batch-jobs module's test application: what the hub assembles, minus web, broker and scheduler. */
@SpringBootApplication(scanBasePackages = "dev.lekha")
@EntityScan("dev.lekha")
@EnableJpaRepositories("dev.lekha")
@ConfigurationPropertiesScan("dev.lekha")
public class JobsTestApplication {
}

package dev.lekha.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The Lekha hub: assembles the modules, configures them, and serves the admin screens and API.
 * Scans all of {@code dev.lekha} because entities, repositories and beans live in the library modules.
 */
@SpringBootApplication(scanBasePackages = "dev.lekha")
@EntityScan("dev.lekha")
@EnableJpaRepositories("dev.lekha")
@ConfigurationPropertiesScan("dev.lekha")
public class LekhaHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(LekhaHubApplication.class, args);
    }
}

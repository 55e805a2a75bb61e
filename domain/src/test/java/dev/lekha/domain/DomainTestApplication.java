package dev.lekha.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The domain module's integration tests run in this application: entities, repositories and services of dev.lekha.domain. */
@SpringBootApplication
@ConfigurationPropertiesScan("dev.lekha.domain")
public class DomainTestApplication {
}

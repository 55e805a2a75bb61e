package dev.lekha.routes;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The routes module on its own: every dev.lekha component it can see, plus the test stand-ins below. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("dev.lekha")
@EntityScan("dev.lekha")
@EnableJpaRepositories("dev.lekha")
@ConfigurationPropertiesScan("dev.lekha")
public class RoutesTestApplication {
}

package dev.lekha.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Lekha hub: assembles the modules, configures them, and serves the admin screens and API. */
@SpringBootApplication(scanBasePackages = "dev.lekha")
public class LekhaHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(LekhaHubApplication.class, args);
    }
}

package dev.lekha.domain.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Seeds the demo company at start-up when {@code lekha.demo.enabled} is true (the default). */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoSettings settings;
    private final DemoCompanySeeder seeder;

    DemoDataRunner(DemoSettings settings, DemoCompanySeeder seeder) {
        this.settings = settings;
        this.seeder = seeder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            log.info("demo data disabled (lekha.demo.enabled=false)");
            return;
        }
        seeder.seedIfEmpty();
    }
}

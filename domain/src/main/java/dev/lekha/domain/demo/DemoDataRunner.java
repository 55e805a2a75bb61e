package dev.lekha.domain.demo;

import dev.lekha.domain.company.Companies;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo company at start-up when {@code lekha.demo.enabled} is true (the default), then lets every
 * {@link DemoDataExtension} add its feature's data to it.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoSettings settings;
    private final DemoCompanySeeder seeder;
    private final Companies companies;
    private final List<DemoDataExtension> extensions;

    DemoDataRunner(DemoSettings settings, DemoCompanySeeder seeder, Companies companies,
                   List<DemoDataExtension> extensions) {
        this.settings = settings;
        this.seeder = seeder;
        this.companies = companies;
        this.extensions = extensions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            log.info("demo data disabled (lekha.demo.enabled=false)");
            return;
        }
        seeder.seedIfEmpty();
        companies.findByPan(DemoCompanySeeder.PAN).ifPresent(company -> {
            for (DemoDataExtension extension : extensions) {
                extension.seedIfEmpty(company.getId());
            }
        });
    }
}

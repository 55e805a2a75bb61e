package dev.lekha.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at {@link TestDatabase}: datasource, Flyway schema, and the Quartz
 * delegate that matches the database. Use through {@link LekhaIntegrationTest} or
 * {@code @ContextConfiguration(initializers = TestDatabaseInitializer.class)}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.url());
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", db.password());
        props.put("lekha.test.database", db.describe());
        props.put("spring.flyway.placeholders.clob", "text");
        props.put("spring.flyway.placeholders.blob", "bytea");
        props.put("spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/{vendor}");
        if (db.isPostgres()) {
            props.put("spring.flyway.schemas", db.schema());
            props.put("spring.flyway.default-schema", db.schema());
            props.put("spring.jpa.properties.hibernate.default_schema", db.schema());
            props.put("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass",
                    "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("lekhaTestDatabase", props));
    }
}

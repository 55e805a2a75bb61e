package dev.lekha.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Marks a Spring integration test ({@code *IT}) that runs against {@link TestDatabase}:
 * PostgreSQL when reachable (required with {@code CI=true}), H2 otherwise. Combine with
 * {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface LekhaIntegrationTest {
}

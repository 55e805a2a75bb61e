package dev.lekha.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.lekha.domain.modularityfixture.DomainThatKnowsMappings;
import dev.lekha.mappings.modularityfixture.MappingWithSideEffects;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled classes of every module:
 * <pre>
 * domain      &lt;- mappings &lt;- routes     &lt;- hub
 * connectors  &lt;- mappings &lt;- batch-jobs &lt;- hub
 * </pre>
 * and {@code mappings} pure: no Spring, no JPA, no file/network/database I/O, no clock.
 * A second test runs the same rules on deliberately bad classes in the test sources, so a rule
 * that can no longer fail is noticed.
 */
class ModularityTest {

    private static final String DOMAIN = "dev.lekha.domain..";
    private static final String CONNECTORS = "dev.lekha.connectors..";
    private static final String MAPPINGS = "dev.lekha.mappings..";
    private static final String ROUTES = "dev.lekha.routes..";
    private static final String JOBS = "dev.lekha.jobs..";
    private static final String HUB = "dev.lekha.hub..";

    static final ArchRule DOMAIN_DEPENDS_ON_NO_OTHER_MODULE = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(CONNECTORS, MAPPINGS, ROUTES, JOBS, HUB)
            .because("domain is the core; the other modules depend on it, not the reverse");

    static final ArchRule CONNECTORS_DEPEND_ON_NO_OTHER_MODULE = noClasses().that().resideInAPackage(CONNECTORS)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, MAPPINGS, ROUTES, JOBS, HUB)
            .because("connectors speak only the outside systems' language; mappings translates")
            .allowEmptyShould(true); // holds while connectors has no classes yet

    static final ArchRule MAPPINGS_DEPEND_ONLY_ON_DOMAIN_AND_CONNECTORS = noClasses().that().resideInAPackage(MAPPINGS)
            .should().dependOnClassesThat().resideInAnyPackage(ROUTES, JOBS, HUB)
            .because("routes and jobs call mappings, not the reverse");

    static final ArchRule MAPPINGS_USE_NO_FRAMEWORK = noClasses().that().resideInAPackage(MAPPINGS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("mappings are pure functions, usable and testable without a container");

    static final ArchRule MAPPINGS_DO_NO_IO = noClasses().that().resideInAPackage(MAPPINGS)
            .should().dependOnClassesThat(fileOrNetworkOrDatabase())
            .because("mappings take bytes or streams in and give values or streams out; callers do the I/O");

    static final ArchRule MAPPINGS_READ_NO_CLOCK = noClasses().that().resideInAPackage(MAPPINGS)
            .should().callCodeUnitWhere(readsTheClock())
            .because("mappings must give the same output for the same input: pass the time in");

    static final ArchRule ROUTES_DEPEND_NOT_ON_JOBS_OR_HUB = noClasses().that().resideInAPackage(ROUTES)
            .should().dependOnClassesThat().resideInAnyPackage(JOBS, HUB)
            .because("routes and batch-jobs are siblings under the hub");

    static final ArchRule JOBS_DEPEND_NOT_ON_ROUTES_OR_HUB = noClasses().that().resideInAPackage(JOBS)
            .should().dependOnClassesThat().resideInAnyPackage(ROUTES, HUB)
            .because("routes and batch-jobs are siblings under the hub");

    private static final List<ArchRule> RULES = List.of(DOMAIN_DEPENDS_ON_NO_OTHER_MODULE,
            CONNECTORS_DEPEND_ON_NO_OTHER_MODULE, MAPPINGS_DEPEND_ONLY_ON_DOMAIN_AND_CONNECTORS,
            MAPPINGS_USE_NO_FRAMEWORK, MAPPINGS_DO_NO_IO, MAPPINGS_READ_NO_CLOCK, ROUTES_DEPEND_NOT_ON_JOBS_OR_HUB,
            JOBS_DEPEND_NOT_ON_ROUTES_OR_HUB);

    @Test
    void modulesDependOneWayAndMappingsArePure() {
        // given the main classes of every module (the hub's test classpath holds them all)
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lekha");
        assertThat(classes.stream().map(JavaClass::getPackageName)).as("every module was imported")
                .anyMatch(p -> p.startsWith("dev.lekha.domain")).anyMatch(p -> p.startsWith("dev.lekha.mappings"))
                .anyMatch(p -> p.startsWith("dev.lekha.routes")).anyMatch(p -> p.startsWith("dev.lekha.jobs"))
                .anyMatch(p -> p.startsWith("dev.lekha.hub"));
        assertThat(classes.contain(MappingWithSideEffects.class)).as("test fixtures are left out").isFalse();

        // then no rule is broken
        RULES.forEach(rule -> rule.check(classes));
    }

    @Test
    void theRulesCatchViolations() {
        // given classes that break the rules on purpose
        JavaClasses badMapping = new ClassFileImporter().importClasses(MappingWithSideEffects.class);
        JavaClasses badDomain = new ClassFileImporter().importClasses(DomainThatKnowsMappings.class);

        // then each rule reports them
        for (ArchRule rule : List.of(MAPPINGS_DEPEND_ONLY_ON_DOMAIN_AND_CONNECTORS, MAPPINGS_USE_NO_FRAMEWORK,
                MAPPINGS_DO_NO_IO, MAPPINGS_READ_NO_CLOCK)) {
            assertThat(rule.evaluate(badMapping).hasViolation()).as(rule.getDescription()).isTrue();
        }
        assertThat(rule(MAPPINGS_READ_NO_CLOCK, badMapping)).contains("LocalDate.now()")
                .contains("System.currentTimeMillis()");
        assertThat(rule(MAPPINGS_DO_NO_IO, badMapping)).contains("java.io.File");
        assertThat(DOMAIN_DEPENDS_ON_NO_OTHER_MODULE.evaluate(badDomain).hasViolation()).isTrue();
    }

    private static String rule(ArchRule rule, JavaClasses classes) {
        return String.join("\n", rule.evaluate(classes).getFailureReport().getDetails());
    }

    private static DescribedPredicate<JavaClass> fileOrNetworkOrDatabase() {
        return DescribedPredicate.describe("do file, network or database I/O", type -> {
            String pkg = type.getPackageName();
            String name = type.getSimpleName();
            return (pkg.equals("java.io") && (name.startsWith("File") || name.equals("RandomAccessFile")))
                    || pkg.equals("java.nio.file") || pkg.startsWith("java.nio.file.")
                    || pkg.equals("java.net") || pkg.startsWith("java.net.")
                    || pkg.equals("java.sql") || pkg.equals("javax.sql");
        });
    }

    private static DescribedPredicate<JavaCall<?>> readsTheClock() {
        Set<String> systemClock = Set.of("currentTimeMillis", "nanoTime");
        Set<String> clockFactories = Set.of("systemUTC", "systemDefaultZone", "system");
        return DescribedPredicate.describe("read the clock (java.time now(), Clock.system*, System.currentTimeMillis/nanoTime, new Date())",
                call -> {
                    String owner = call.getTargetOwner().getName();
                    String method = call.getName();
                    return (owner.startsWith("java.time.") && method.equals("now"))
                            || (owner.equals("java.time.Clock") && clockFactories.contains(method))
                            || (owner.equals("java.lang.System") && systemClock.contains(method))
                            || (owner.equals("java.util.Date") && method.equals("<init>")
                                && call.getTarget().getRawParameterTypes().isEmpty());
                });
    }
}

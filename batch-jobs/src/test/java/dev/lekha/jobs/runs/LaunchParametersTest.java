package dev.lekha.jobs.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchParametersTest {

    private static final JobDescriptor JOB = new JobDescriptor("example", "all types", List.of(
            new JobDescriptor.ParamSpec("period", "period", true, "", "112026"),
            new JobDescriptor.ParamSpec("from", "date", false, "", "2026-04-01"),
            new JobDescriptor.ParamSpec("month", "month", false, "", "2026-11"),
            new JobDescriptor.ParamSpec("financialYear", "financialYear", false, "", "2025-26"),
            new JobDescriptor.ParamSpec("gstin", "gstin", false, "", "27AAACL1234C1Z5"),
            new JobDescriptor.ParamSpec("horizonDays", "integer", false, "", "30"),
            new JobDescriptor.ParamSpec("dryRun", "boolean", false, "", "true")), List.of());

    @Test
    void acceptsWellFormedValuesOfEveryType() {
        Map<String, String> params = Map.of("period", "112026", "from", "2026-04-01", "month", "2026-11",
                "financialYear", "2099-00", "gstin", "27AAACL1234C1Z5", "horizonDays", "30", "dryRun", "false");

        assertThat(LaunchParameters.problems(JOB, params, false)).isEmpty();
    }

    @Test
    void namesEveryMalformedValue() {
        Map<String, String> params = Map.of("period", "002026", "from", "2026-02-30", "month", "2026-13",
                "financialYear", "2025-27", "gstin", "27aaacl1234c1z5", "horizonDays", "thirty", "dryRun", "yes");

        assertThat(LaunchParameters.problems(JOB, params, false)).containsOnlyKeys("period", "from", "month",
                "financialYear", "gstin", "horizonDays", "dryRun");
    }

    @Test
    void failAfterItemsIsOnlyAcceptedWithFaultInjectionEnabled() {
        Map<String, String> params = Map.of("period", "112026", "failAfterItems", "15");

        assertThat(LaunchParameters.problems(JOB, params, false)).containsOnlyKeys("failAfterItems");
        assertThat(LaunchParameters.problems(JOB, params, true)).isEmpty();
        assertThat(LaunchParameters.problems(JOB, Map.of("period", "112026", "failAfterItems", "x"), true))
                .containsOnlyKeys("failAfterItems");
    }
}

package dev.lekha.hub.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class JobRunObserverTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final JobRunObserver observer = new JobRunObserver(new JobRunMetrics(registry));

    @Test
    void aRunCarriesItsIdsInTheLogContextAndIsCountedWhenItEnds() {
        // given run 42 of gstr1 for company 1, launched from queue message m-9
        JobExecution run = new JobExecution(42L, new JobInstance(7L, "gstr1"), new JobParametersBuilder()
                .addLong("companyId", 1L).addString("period", "112025").addString("messageId", "m-9")
                .toJobParameters());

        // when it starts
        observer.beforeJob(run);

        // then its thread logs with the run's ids, and it counts as active
        assertThat(MDC.getCopyOfContextMap()).containsEntry("runId", "42").containsEntry("companyId", "1")
                .containsEntry("jobName", "gstr1").containsEntry("messageId", "m-9");
        assertThat(registry.get("lekha.job.runs.active").gauge().value()).isEqualTo(1.0);

        // when it fails after 90 seconds
        run.setStartTime(LocalDateTime.of(2025, 11, 23, 10, 0, 0));
        run.setEndTime(LocalDateTime.of(2025, 11, 23, 10, 1, 30));
        run.setStatus(BatchStatus.FAILED);
        observer.afterJob(run);

        // then the context is clean again and the run is counted and timed by job and status
        assertThat(MDC.get("runId")).isNull();
        assertThat(MDC.get("companyId")).isNull();
        assertThat(MDC.get("jobName")).isNull();
        assertThat(MDC.get("messageId")).isNull();
        assertThat(registry.get("lekha.job.runs").tags("job", "gstr1", "status", "FAILED").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.get("lekha.job.run.duration").tags("job", "gstr1", "status", "FAILED").timer()
                .totalTime(TimeUnit.SECONDS)).isEqualTo(90.0);
        assertThat(registry.get("lekha.job.runs.active").gauge().value()).isZero();
    }

    @Test
    void aRunWithoutCompanyOrMessageLeavesThoseKeysOut() {
        JobExecution run = new JobExecution(5L, new JobInstance(3L, "housekeeping"),
                new JobParametersBuilder().toJobParameters());

        observer.beforeJob(run);
        try {
            assertThat(MDC.get("runId")).isEqualTo("5");
            assertThat(MDC.get("companyId")).isNull();
            assertThat(MDC.get("messageId")).isNull();
        } finally {
            run.setStatus(BatchStatus.COMPLETED);
            observer.afterJob(run);
        }
        assertThat(registry.get("lekha.job.runs").tags("job", "housekeeping", "status", "COMPLETED").counter()
                .count()).isEqualTo(1.0);
    }
}

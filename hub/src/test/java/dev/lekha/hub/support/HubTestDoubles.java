package dev.lekha.hub.support;

import dev.lekha.hub.dashboard.DeadLetterCount;
import dev.lekha.hub.dashboard.RejectedFileCount;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Stand-ins for the hub tests of schedules, screens and metrics: a recording job registry, a company
 * scope the test sets, fixed dead-letter and rejected-file counts, and one trivial Batch job. Primary,
 * so they win over the real beans other modules contribute. Method security is switched on here
 * because these tests exercise {@code @PreAuthorize}.
 */
@TestConfiguration
@EnableMethodSecurity
public class HubTestDoubles {

    public static final long DEAD_LETTERS = 4;
    public static final long REJECTED_FILES = 7;
    public static final String PROBE_JOB = "metrics-probe";

    @Bean
    @Primary
    RecordingJobRuns recordingJobRuns() {
        return new RecordingJobRuns();
    }

    @Bean
    @Primary
    SettableCompanyScope settableCompanyScope() {
        return new SettableCompanyScope();
    }

    @Bean
    @Primary
    DeadLetterCount fixedDeadLetters() {
        return () -> DEAD_LETTERS;
    }

    @Bean
    @Primary
    RejectedFileCount fixedRejectedFiles() {
        return companyIds -> REJECTED_FILES;
    }

    @Bean
    Job metricsProbeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new JobBuilder(PROBE_JOB, jobRepository)
                .start(new StepBuilder("probe", jobRepository)
                        .tasklet((contribution, chunk) -> RepeatStatus.FINISHED, transactionManager)
                        .build())
                .build();
    }
}

package dev.lekha.jobs;

import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.LekhaJob;
import java.util.List;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/** A job that keeps working until it is stopped, for stop tests. */
@TestConfiguration(proxyBeanMethods = false)
public class SlowTestJobConfiguration {

    public static final String NAME = "test-until-stopped";

    @Bean
    LekhaJob untilStoppedJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        var step = new StepBuilder("spin", jobRepository).tasklet((contribution, context) -> {
            Thread.sleep(20);
            return RepeatStatus.CONTINUABLE;
        }, transactionManager).build();
        return new LekhaJob(new JobBuilder(NAME, jobRepository).start(step).build(),
                new JobDescriptor(NAME, "Works until stopped", List.of(), List.of()));
    }
}

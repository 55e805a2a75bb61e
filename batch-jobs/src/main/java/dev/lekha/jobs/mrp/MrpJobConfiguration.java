package dev.lekha.jobs.mrp;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.mrp.MrpMasters;
import dev.lekha.domain.mrp.MrpPlans;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code mrp}: material requirements planning of a company's manufacturing masters over a horizon in daily or weekly
 * buckets, stored as a run of planned orders with pegging and exceptions, and {@code MRP_PLAN_XLSX}.
 *
 * <p>One tasklet step, not chunks: MRP is a whole-network calculation (a component's requirements are known only once
 * every parent is planned), so the masters are read once into the engine (about 2 KB per item and weekly year; see
 * docs/mrp.md for the measured heap at 20,000 items) and the result is written in batches. A failed run stores
 * nothing and is simply run again.
 */
@Configuration(proxyBeanMethods = false)
public class MrpJobConfiguration {

    public static final String JOB_NAME = "mrp";

    @Bean
    LekhaJob mrp(@Qualifier("mrpJob") Job mrpJob) {
        return new LekhaJob(mrpJob, new JobDescriptor(JOB_NAME,
                "Material requirements planning: planned manufacturing and purchase orders from items, BOMs, stock,"
                        + " open orders and demand, pegged to the demands they serve, with exceptions; the time-phased"
                        + " record as an XLSX",
                List.of(new ParamSpec("horizonDays", "integer", true, "How many days ahead to plan", "364"),
                        new ParamSpec("bucket", "string", false, "DAY or WEEK (default WEEK)", "WEEK"),
                        new ParamSpec("planDate", "date", false,
                                "The planning date (default today in Asia/Kolkata); releases before it are past due",
                                "2026-06-01")),
                List.of(MrpPlanTasklet.KIND)));
    }

    @Bean
    Job mrpJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, MrpMasters masters,
               MrpPlans plans, ArtifactStore artifacts, JobEvents jobEvents, Clock clock) {
        Step plan = new StepBuilder("planMaterialRequirements", jobRepository)
                .tasklet(new MrpPlanTasklet(masters, plans, artifacts, clock), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(plan)
                .build();
    }
}

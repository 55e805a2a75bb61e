package dev.lekha.jobs.gstr3b;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.gst.ItcLedger;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.statutory.StatutoryRates;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code gstr3b}: the GSTR-3B of one GSTIN for one month, as the portal's JSON ({@code GSTR3B_JSON}) and a PDF
 * summary to review and sign off ({@code GSTR3B_PDF}), recorded as a new draft of the return.
 *
 * <p>One tasklet step, {@code writeGstr3b}: the books are summed in SQL (a few dozen rows whatever the
 * volume), so there is nothing to stream or resume; a failed run is restarted from the start. The
 * {@link ItcLedger} bean (the GSTR-2B reconciliation) is looked up when the job runs, so the hub starts
 * without it and the run fails with a clear message instead.
 */
@Configuration(proxyBeanMethods = false)
public class Gstr3bJobConfiguration {

    public static final String JOB_NAME = "gstr3b";

    @Bean
    LekhaJob gstr3b(@Qualifier("gstr3bJob") Job gstr3bJob) {
        return new LekhaJob(gstr3bJob, new JobDescriptor(JOB_NAME,
                "GSTR-3B of one GSTIN for one month: portal JSON and a PDF summary to review and sign off,"
                        + " recorded as a draft return",
                List.of(new ParamSpec("gstin", "gstin", true, "The company's GST registration", "27AAPFU0939F1ZV"),
                        new ParamSpec("period", "period", true, "GST return period MMYYYY", "112026"),
                        new ParamSpec("filingDate", "date", false,
                                "Date the return will be filed, for interest and late fee (table 5.1); none when empty",
                                "2026-12-20")),
                List.of(Gstr3bTasklet.JSON_KIND, Gstr3bTasklet.PDF_KIND)));
    }

    @Bean
    Job gstr3bJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                  ArtifactStore artifacts, ObjectProvider<ItcLedger> itcLedger, StatutoryRates rates,
                  GstReturns returns, JobEvents jobEvents, Clock clock) {
        Step write = new StepBuilder("writeGstr3b", jobRepository)
                .tasklet(new Gstr3bTasklet(new JdbcTemplate(dataSource), artifacts, itcLedger, rates, returns, clock),
                        transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(write)
                .build();
    }
}

package dev.lekha.jobs.gstr2b;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gstr2b.GstReconPairs;
import dev.lekha.domain.gstr2b.GstReconPairs.NewPair;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.JobsSettings;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.runs.RunProgress;
import dev.lekha.mappings.gst.gstr2b.PurchaseReconciliation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code gstr2b-recon}: reconciles one GSTIN's purchase register with the GSTR-2B statements of the
 * financial year to date (the period given and the months of its year before it).
 *
 * <ol>
 *   <li>{@code reconcileSuppliers} (chunks, restartable): one supplier PAN at a time (with all its GSTINs,
 *       for rule R4), both sides read with indexed queries, the mappings' {@link PurchaseReconciliation}
 *       applied with the people's decisions, the lines written to {@code gst_recon_pair}. The first
 *       execution drops the proposals of earlier runs; decisions are never dropped, only refreshed.</li>
 *   <li>{@code writeReconciliationWorkbook} (tasklet): the lines streamed into the XLSX, stored as
 *       {@code GSTR2B_RECON_XLSX}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class Gstr2bReconJobConfiguration {

    public static final String JOB_NAME = "gstr2b-recon";

    @Bean
    LekhaJob gstr2bRecon(@Qualifier("gstr2bReconJob") Job gstr2bReconJob) {
        return new LekhaJob(gstr2bReconJob, new JobDescriptor(JOB_NAME,
                "Purchase register against GSTR-2B, financial year to date, with explained matches, as an XLSX",
                List.of(new ParamSpec("gstin", "gstin", true, "The company's GST registration", "27AAACL1234C1Z5"),
                        new ParamSpec("period", "period", true, "GST return period MMYYYY: the year up to it is reconciled",
                                "052024")),
                List.of(ReconciliationWorkbookTasklet.KIND)));
    }

    @Bean
    Job gstr2bReconJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       GstReconPairs pairs, ArtifactStore artifacts, JobEvents jobEvents, Gstr2bReconSettings settings,
                       @Qualifier("gstr2bSupplierPans") SupplierPanReader reader,
                       @Qualifier("gstr2bSupplierReconciliation") SupplierReconciliation processor,
                       @Qualifier("gstr2bReconWriter") ItemWriter<List<NewPair>> writer) {
        Step reconcile = new StepBuilder("reconcileSuppliers", jobRepository)
                .<String, List<NewPair>>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(new FirstExecution(pairs, reader))
                .build();
        Step write = new StepBuilder("writeReconciliationWorkbook", jobRepository)
                .tasklet(new ReconciliationWorkbookTasklet(pairs, artifacts), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(reconcile)
                .next(write)
                .build();
    }

    @Bean
    @StepScope
    SupplierPanReader gstr2bSupplierPans(GstReconPairs pairs, @Value("#{jobParameters['companyId']}") Long companyId,
                                         @Value("#{jobParameters['gstin']}") String gstin,
                                         @Value("#{jobParameters['period']}") String period) {
        return new SupplierPanReader(pairs, companyId, gstin, GstReturnPeriod.parse(period));
    }

    @Bean
    @StepScope
    SupplierReconciliation gstr2bSupplierReconciliation(GstReconPairs pairs, Gstr2bReconSettings settings,
                                                        @Value("#{jobParameters['companyId']}") Long companyId,
                                                        @Value("#{jobParameters['gstin']}") String gstin,
                                                        @Value("#{jobParameters['period']}") String period) {
        return new SupplierReconciliation(pairs, new PurchaseReconciliation(settings.tolerance()), companyId, gstin,
                GstReturnPeriod.parse(period));
    }

    @Bean
    @StepScope
    ItemWriter<List<NewPair>> gstr2bReconWriter(GstReconPairs pairs, JobRepository jobRepository, JobsSettings jobs,
                                                @Value("#{stepExecution}") StepExecution step,
                                                @Value("#{jobParameters['companyId']}") Long companyId,
                                                @Value("#{jobParameters['gstin']}") String gstin,
                                                @Value("#{jobParameters['period']}") String period,
                                                @Value("#{jobParameters['failAfterItems']}") Long failAfterItems) {
        GstReturnPeriod p = GstReturnPeriod.parse(period);
        Long runId = step.getJobExecutionId();
        boolean firstExecution = jobRepository.getJobExecutions(step.getJobExecution().getJobInstance()).size() <= 1;
        // tests only: the first execution fails instead of writing the chunk that would pass failAfterItems PANs
        Long failAfter = jobs.faultInjection().enabled() && firstExecution ? failAfterItems : null;
        long[] written = {0};
        return chunk -> {
            if (failAfter != null && written[0] + chunk.size() > failAfter) {
                throw new IllegalStateException("injected fault after " + written[0] + " supplier PANs (failAfterItems)");
            }
            List<NewPair> all = new ArrayList<>();
            chunk.getItems().forEach(all::addAll);
            pairs.write(companyId, gstin, p, runId, all);
            written[0] += chunk.size();
        };
    }

    /** Drops earlier proposals on the first execution only (a restart keeps what it already wrote), and sets progress. */
    static final class FirstExecution implements StepExecutionListener {

        private final GstReconPairs pairs;
        private final SupplierPanReader reader;

        FirstExecution(GstReconPairs pairs, SupplierPanReader reader) {
            this.pairs = pairs;
            this.reader = reader;
        }

        @Override
        public void beforeStep(StepExecution step) {
            var params = step.getJobExecution().getJobParameters();
            boolean restart = step.getExecutionContext().containsKey(SupplierPanReader.INDEX);
            if (!restart) {
                pairs.startRun(params.getLong("companyId"), params.getString("gstin"),
                        GstReturnPeriod.parse(params.getString("period")).financialYear());
            }
            long pans = pairs.supplierPans(params.getLong("companyId"), params.getString("gstin"),
                    GstReturnPeriod.parse(params.getString("period"))).size();
            long done = restart ? step.getExecutionContext().getInt(SupplierPanReader.INDEX) : 0;
            step.getExecutionContext().putLong(RunProgress.EXPECTED_ITEMS, Math.max(0, pans - done));
        }
    }
}

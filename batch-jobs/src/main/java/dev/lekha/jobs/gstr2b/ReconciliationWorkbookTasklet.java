package dev.lekha.jobs.gstr2b;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gstr2b.GstReconPairs;
import dev.lekha.mappings.gst.gstr2b.FieldDifference;
import dev.lekha.mappings.gst.gstr2b.ReconDecision;
import dev.lekha.mappings.gst.gstr2b.ReconOutcome;
import dev.lekha.mappings.gst.gstr2b.ReconPair;
import dev.lekha.mappings.gst.gstr2b.ReconRule;
import dev.lekha.mappings.gst.gstr2b.ReconciliationWorkbook;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Streams the GSTIN's current reconciliation lines of the year to date into the mappings'
 * {@link ReconciliationWorkbook} and stores it as a {@code GSTR2B_RECON_XLSX} artifact.
 */
class ReconciliationWorkbookTasklet implements Tasklet {

    static final String KIND = "GSTR2B_RECON_XLSX";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GstReconPairs pairs;
    private final ArtifactStore artifacts;

    ReconciliationWorkbookTasklet(GstReconPairs pairs, ArtifactStore artifacts) {
        this.pairs = pairs;
        this.artifacts = artifacts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String gstin = params.getString("gstin");
        GstReturnPeriod period = GstReturnPeriod.parse(params.getString("period"));
        String title = "GSTR-2B reconciliation of " + gstin + ", FY " + period.financialYear() + " to " + period;
        long[] lines = {0};
        StoredArtifact stored = artifacts.store(new NewArtifact(companyId, KIND, period.toString(),
                "gstr2b-recon-" + gstin + "-" + period + ".xlsx", CONTENT_TYPE, step.getJobExecutionId()), out -> {
                    try (ReconciliationWorkbook workbook = ReconciliationWorkbook.begin(title)) {
                        pairs.forEachLine(companyId, gstin, period.financialYear(), line -> {
                            workbook.add(new ReconPair(
                                    line.book() == null ? null : SupplierReconciliation.document(line.book()),
                                    line.portal() == null ? null : SupplierReconciliation.document(line.portal()),
                                    ReconOutcome.valueOf(line.outcome()), ReconRule.valueOf(line.rule()), line.reason(),
                                    FieldDifference.parseAll(line.differences()),
                                    "PROPOSED".equals(line.decision()) ? null : ReconDecision.Kind.valueOf(line.decision())));
                            lines[0]++;
                        });
                        workbook.finish(out);
                    }
                });
        contribution.incrementWriteCount(lines[0]);
        step.getExecutionContext().putLong("lekha.artifactId", stored.id());
        return RepeatStatus.FINISHED;
    }
}

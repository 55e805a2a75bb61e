package dev.lekha.jobs.runs;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announces the end of every Lekha job run on {@code lekha.events.out} (through the outbox):
 * {@code job.completed} or {@code job.failed}, with the run id, job, company, exit code and the
 * artifacts it made. Every job configuration adds this listener to its job.
 */
@Component
public class JobEvents implements JobExecutionListener {

    private final Outbox outbox;
    private final ArtifactStore artifacts;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    public JobEvents(Outbox outbox, ArtifactStore artifacts, PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.artifacts = artifacts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterJob(JobExecution execution) {
        String type;
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            type = "job.completed";
        } else if (execution.getStatus() == BatchStatus.FAILED) {
            type = "job.failed";
        } else {
            return;
        }
        Long companyId = execution.getJobParameters().getLong(BatchJobRuns.COMPANY_ID);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", execution.getId());
        body.put("job", execution.getJobInstance().getJobName());
        body.put("companyId", companyId);
        body.put("status", execution.getStatus().name());
        body.put("exitCode", execution.getExitStatus().getExitCode());
        body.put("artifactIds", artifacts.forJobExecution(execution.getId()).stream().map(StoredArtifact::id).toList());
        String payload = json.writeValueAsString(body);
        transaction.executeWithoutResult(tx -> outbox.publish(
                new OutboxMessage(companyId, type, "job_run", Long.toString(execution.getId()), payload)));
    }
}

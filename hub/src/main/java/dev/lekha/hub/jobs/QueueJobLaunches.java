package dev.lekha.hub.jobs;

import dev.lekha.jobs.runs.InvalidJobParametersException;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.UnknownJobException;
import dev.lekha.routes.jobs.JobLaunchRequests;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands launch requests from the {@code lekha.jobs.launch} queue to the job registry.
 *
 * <p>The queue consumer calls this inside its processed-once transaction, but Spring Batch refuses to
 * create a job execution inside a caller's transaction (the run starts on another thread and must see
 * its execution committed). So the launch runs with that transaction suspended and commits on its own;
 * the processed-once row commits after it. Should that second commit fail, the broker redelivers and
 * the job may be launched a second time: at least once, never lost.
 */
@Component
public class QueueJobLaunches implements JobLaunchRequests {

    private final JobRuns runs;
    private final TransactionTemplate outsideTransaction;

    public QueueJobLaunches(JobRuns runs, PlatformTransactionManager transactionManager) {
        this.runs = runs;
        this.outsideTransaction = new TransactionTemplate(transactionManager);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    @Override
    public long launch(String jobName, long companyId, Map<String, String> params, String requestedBy) {
        try {
            Long runId = outsideTransaction.execute(status -> runs.launch(jobName, companyId, params, requestedBy));
            return runId;
        } catch (InvalidJobParametersException | UnknownJobException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}

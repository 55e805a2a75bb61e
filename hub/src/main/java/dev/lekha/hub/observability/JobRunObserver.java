package dev.lekha.hub.observability;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Added to every Spring Batch job by {@link JobRunObservation}: while a run executes, its thread's
 * log lines carry {@code runId}, {@code companyId}, {@code jobName} (and {@code messageId} when the run
 * was launched from a queue message carrying one); when it ends, {@link JobRunMetrics} counts it.
 */
@Component
public class JobRunObserver implements JobExecutionListener {

    static final String RUN_ID = "runId";
    static final String COMPANY_ID = "companyId";
    static final String JOB_NAME = "jobName";
    static final String MESSAGE_ID = "messageId";

    private final JobRunMetrics metrics;

    public JobRunObserver(JobRunMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void beforeJob(JobExecution run) {
        MDC.put(RUN_ID, Long.toString(run.getId()));
        MDC.put(JOB_NAME, run.getJobInstance().getJobName());
        putParameter(run, COMPANY_ID);
        putParameter(run, MESSAGE_ID);
        metrics.started();
    }

    @Override
    public void afterJob(JobExecution run) {
        try {
            LocalDateTime start = run.getStartTime();
            LocalDateTime end = run.getEndTime() != null ? run.getEndTime() : LocalDateTime.now();
            Duration took = start == null ? Duration.ZERO : Duration.between(start, end);
            metrics.finished(run.getJobInstance().getJobName(), run.getStatus().name(), took);
        } finally {
            MDC.remove(RUN_ID);
            MDC.remove(JOB_NAME);
            MDC.remove(COMPANY_ID);
            MDC.remove(MESSAGE_ID);
        }
    }

    private static void putParameter(JobExecution run, String name) {
        JobParameter<?> parameter = run.getJobParameters().getParameter(name);
        if (parameter != null && parameter.value() != null) {
            MDC.put(name, parameter.value().toString());
        }
    }
}

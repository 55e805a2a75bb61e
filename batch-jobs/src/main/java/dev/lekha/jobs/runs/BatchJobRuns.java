package dev.lekha.jobs.runs;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.artifact.StoredArtifact;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link JobRuns} on Spring Batch: every {@link LekhaJob} bean is launchable. Runs execute on this
 * class's own thread pool ({@code lekha.jobs.concurrency}) through a private asynchronous
 * {@link JobOperator}, so a launch returns its run id at once; the application's other executors
 * are left alone. Run state is read back from the Batch metadata tables.
 *
 * <p>Job parameters: {@code companyId}, the job's own parameters and a fresh {@code runKey} are
 * identifying (so the same parameters can be run again as a new instance); {@code launchedBy} and
 * {@code failAfterItems} are not.
 *
 * <p>Every launch, restart and stop request that succeeds is in the audit log ({@code JOB_LAUNCH},
 * {@code JOB_RESTART}, {@code JOB_STOP}; target {@code run:<id>}, actor the {@code launchedBy} or
 * {@code requestedBy} given), whichever channel it came from.
 */
@Service
public class BatchJobRuns implements JobRuns, DisposableBean {

    static final String COMPANY_ID = "companyId";
    static final String RUN_KEY = "runKey";
    static final String LAUNCHED_BY = "launchedBy";

    private static final Logger log = LoggerFactory.getLogger(BatchJobRuns.class);

    private final Map<String, LekhaJob> jobs;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final JobsSettings settings;
    private final ThreadPoolTaskExecutor executor;
    private final JobOperator operator;
    private final AuditTrail audit;

    public BatchJobRuns(List<LekhaJob> jobs, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        JdbcTemplate jdbc, ArtifactStore artifacts, JobsSettings settings, AuditTrail audit)
            throws Exception {
        this.jobs = jobs.stream().collect(Collectors.toMap(LekhaJob::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two jobs are named '" + a.name() + "'");
        }, TreeMap::new));
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.artifacts = artifacts;
        this.settings = settings;
        this.audit = audit;
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("lekha-job-");
        executor.setCorePoolSize(settings.concurrency());
        executor.setMaxPoolSize(settings.concurrency());
        executor.initialize();
        this.operator = asyncOperator(jobRepository, transactionManager);
    }

    private JobOperator asyncOperator(JobRepository repository, PlatformTransactionManager transactionManager)
            throws Exception {
        MapJobRegistry registry = new MapJobRegistry();
        for (LekhaJob job : jobs.values()) {
            try {
                registry.register(job.job());
            } catch (DuplicateJobException e) {
                throw new IllegalStateException("Job '" + job.name() + "' registered twice", e);
            }
        }
        JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
        factory.setJobRepository(repository);
        factory.setJobRegistry(registry);
        factory.setTransactionManager(transactionManager);
        factory.setTaskExecutor(executor);
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    @Override
    public List<JobDescriptor> jobs() {
        return jobs.values().stream().map(LekhaJob::descriptor).toList();
    }

    @Override
    public long launch(String jobName, long companyId, Map<String, String> params, String launchedBy) {
        LekhaJob job = jobs.get(jobName);
        if (job == null) {
            throw new UnknownJobException(jobName);
        }
        Map<String, String> given = new LinkedHashMap<>(params == null ? Map.of() : params);
        given.remove(COMPANY_ID);
        Map<String, String> problems = new TreeMap<>(
                LaunchParameters.problems(job.descriptor(), given, settings.faultInjection().enabled()));
        Integer companies = jdbc.queryForObject("select count(*) from company where id = ?", Integer.class, companyId);
        if (companies == null || companies == 0) {
            problems.put(COMPANY_ID, "no company with id " + companyId);
        }
        if (!problems.isEmpty()) {
            throw new InvalidJobParametersException(jobName, problems);
        }
        JobParametersBuilder builder = new JobParametersBuilder().addLong(COMPANY_ID, companyId, true);
        given.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (name.equals(LaunchParameters.FAIL_AFTER_ITEMS)) {
                builder.addLong(name, Long.parseLong(value.trim()), false);
            } else {
                builder.addString(name, value.trim(), true);
            }
        });
        builder.addString(RUN_KEY, UUID.randomUUID().toString(), true);
        builder.addString(LAUNCHED_BY, launchedBy == null ? "system" : launchedBy, false);
        try {
            JobExecution execution = operator.start(job.job(), builder.toJobParameters());
            log.info("Launched job {} for company {} as run {} by {}", jobName, companyId, execution.getId(), launchedBy);
            audited(launchedBy, "JOB_LAUNCH", execution.getId(), companyId, jobName, "params " + new TreeMap<>(given));
            return execution.getId();
        } catch (Exception e) {
            throw new IllegalStateException("Could not launch job " + jobName + " for company " + companyId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public long restart(long runId, String requestedBy) {
        JobExecution execution = execution(runId);
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new RunStateConflictException("Run " + runId + " is " + execution.getStatus()
                    + "; only a FAILED or STOPPED run can be restarted", null);
        }
        if (execution.getEndTime() == null) {
            throw new RunStateConflictException("Run " + runId + " is " + execution.getStatus()
                    + " but still ending its current chunk; restart it once it has ended (a moment)", null);
        }
        try {
            JobExecution restarted = operator.restart(execution);
            log.info("Restarted run {} of job {} as run {} by {}", runId, jobName(execution), restarted.getId(),
                    requestedBy);
            audited(requestedBy, "JOB_RESTART", restarted.getId(), companyId(execution), jobName(execution),
                    "restart of run " + runId);
            return restarted.getId();
        } catch (Exception e) {
            throw new RunStateConflictException("Run " + runId + " cannot be restarted: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop(long runId, String requestedBy) {
        JobExecution execution = execution(runId);
        try {
            requestStop(runId, execution);
            log.info("Stop of run {} of job {} requested by {}", runId, jobName(execution), requestedBy);
            audited(requestedBy, "JOB_STOP", runId, companyId(execution), jobName(execution), "stop requested");
        } catch (JobExecutionNotRunningException e) {
            throw new RunStateConflictException("Run " + runId + " is " + execution.getStatus()
                    + ", not running; nothing to stop", e);
        }
    }

    /**
     * Asks a running run to stop by writing STOPPING to its job execution, and nothing else: the running step reads
     * that status back at its next chunk commit (the job repository's interruption check) and ends STOPPED, with its
     * end time, in its own thread. Spring Batch 6's {@code JobOperator.stop} would also stamp an end time at once and
     * write the step executions the running step is updating, so the step's next commit could fail on the version
     * clash (the run ended FAILED instead of STOPPED) and a restart could find the run "still running".
     */
    private void requestStop(long runId, JobExecution execution) throws JobExecutionNotRunningException {
        for (int attempt = 1; ; attempt++) {
            if (execution.getStatus() == BatchStatus.STOPPING) {
                return;
            }
            if (execution.getStatus() != BatchStatus.STARTING && execution.getStatus() != BatchStatus.STARTED) {
                throw new JobExecutionNotRunningException("run " + runId + " is " + execution.getStatus());
            }
            try {
                execution.setStatus(BatchStatus.STOPPING);
                jobRepository.update(execution);
                return;
            } catch (OptimisticLockingFailureException clash) {
                // the run's own thread updated the job execution meanwhile: look again
                if (attempt == 5) {
                    throw clash;
                }
                execution = execution(runId);
            }
        }
    }

    private void audited(String actor, String action, long runId, Long companyId, String jobName, String detail) {
        audit.record(new AuditRecord(actor == null || actor.isBlank() ? "system" : actor, action, "run:" + runId,
                companyId, "job " + jobName + ", " + detail, null));
    }

    private static Long companyId(JobExecution execution) {
        return execution.getJobParameters().getLong(COMPANY_ID);
    }

    @Override
    public Optional<RunDetail> run(long runId) {
        JobExecution execution = findExecution(runId);
        if (execution == null) {
            return Optional.empty();
        }
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId)).toList();
        List<RunDetail.StepDetail> stepDetails = steps.stream().map(s -> new RunDetail.StepDetail(s.getStepName(),
                s.getStatus().name(), s.getReadCount(), s.getWriteCount(), s.getSkipCount(), s.getCommitCount(),
                s.getRollbackCount(), instant(s.getStartTime()), instant(s.getEndTime()),
                s.getExitStatus().getExitDescription())).toList();
        List<String> errors = new ArrayList<>();
        for (StepExecution step : steps) {
            firstLine(step.getExitStatus()).ifPresent(e -> errors.add(step.getStepName() + ": " + e));
        }
        if (errors.isEmpty()) {
            firstLine(execution.getExitStatus()).ifPresent(errors::add);
        }
        List<Long> artifactIds = artifacts.forJobExecution(runId).stream().map(StoredArtifact::id).toList();
        BatchStatus status = execution.getStatus();
        // a stopped run is marked STOPPED before its thread has ended; Batch refuses a restart until then
        boolean restartable = (status == BatchStatus.FAILED || status == BatchStatus.STOPPED)
                && execution.getEndTime() != null
                && jobs.containsKey(jobName(execution)) && jobs.get(jobName(execution)).job().isRestartable()
                && isLastExecutionOfInstance(execution);
        boolean stoppable = status == BatchStatus.STARTING || status == BatchStatus.STARTED;
        return Optional.of(new RunDetail(summary(execution), stepDetails, errors, artifactIds,
                RunProgress.percent(status, steps), restartable, stoppable));
    }

    @Override
    public List<RunSummary> recent(int limit, Set<Long> companyIds) {
        if (jobs.isEmpty() || (companyIds != null && companyIds.isEmpty())) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(jobs.keySet());
        StringBuilder sql = new StringBuilder("select e.job_execution_id from batch_job_execution e"
                + " join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name in ("
                + placeholders(jobs.size()) + ")");
        if (companyIds != null) {
            sql.append(" and exists (select 1 from batch_job_execution_params p where p.job_execution_id ="
                    + " e.job_execution_id and p.parameter_name = 'companyId' and p.parameter_value in (")
                    .append(placeholders(companyIds.size())).append("))");
            companyIds.forEach(id -> args.add(Long.toString(id)));
        }
        sql.append(" order by e.job_execution_id desc fetch first ").append(Math.max(1, limit)).append(" rows only");
        List<Long> ids = jdbc.queryForList(sql.toString(), Long.class, args.toArray());
        return ids.stream().map(jobRepository::getJobExecution).map(this::summary).toList();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    /** The execution, or null when there is none (Batch 6 throws instead of returning null for an unknown id). */
    private JobExecution findExecution(long runId) {
        try {
            return jobRepository.getJobExecution(runId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private JobExecution execution(long runId) {
        JobExecution execution = findExecution(runId);
        if (execution == null) {
            throw new UnknownRunException(runId);
        }
        return execution;
    }

    private boolean isLastExecutionOfInstance(JobExecution execution) {
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        return last == null || last.getId() == execution.getId();
    }

    private RunSummary summary(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        Map<String, String> params = new TreeMap<>();
        for (JobParameter<?> parameter : parameters) {
            String name = parameter.name();
            if (!name.equals(COMPANY_ID) && !name.equals(RUN_KEY) && !name.equals(LAUNCHED_BY)) {
                params.put(name, String.valueOf(parameter.value()));
            }
        }
        return new RunSummary(execution.getId(), jobName(execution), parameters.getLong(COMPANY_ID), params,
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                instant(execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime()),
                instant(execution.getEndTime()), parameters.getString(LAUNCHED_BY));
    }

    private static String jobName(JobExecution execution) {
        return execution.getJobInstance().getJobName();
    }

    /** The root cause of a failure, as "exception: message", from the stack trace in an exit description. */
    private static Optional<String> firstLine(ExitStatus exit) {
        String description = exit.getExitDescription();
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = description.lines().map(String::trim).toList();
        String cause = lines.get(0);
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return Optional.of(cause);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}

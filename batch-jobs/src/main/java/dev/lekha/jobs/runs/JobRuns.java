package dev.lekha.jobs.runs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Launching, restarting, stopping and inspecting Spring Batch job runs: the one entry point used by
 * the screens, the REST API, the {@code lekha.jobs.launch} queue and Quartz schedules. A run id is
 * the Spring Batch job execution id.
 */
public interface JobRuns {

    /** Every launchable job with its parameters, in name order. */
    List<JobDescriptor> jobs();

    /**
     * Validates the parameters against the job's descriptor and starts the job asynchronously.
     *
     * @return the run id (job execution id)
     * @throws InvalidJobParametersException naming each missing or malformed parameter
     * @throws UnknownJobException           when no such job exists
     */
    long launch(String jobName, long companyId, Map<String, String> params, String launchedBy);

    /** Restarts a FAILED or STOPPED run from its last committed chunk; returns the new run id. */
    long restart(long runId, String requestedBy);

    /** Asks a running run to stop after its current chunk. */
    void stop(long runId, String requestedBy);

    Optional<RunDetail> run(long runId);

    /** Newest first; {@code companyIds} null means all companies. */
    List<RunSummary> recent(int limit, java.util.Set<Long> companyIds);
}

package dev.lekha.hub.jobs;

import dev.lekha.jobs.runs.InvalidJobParametersException;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.UnknownJobException;
import dev.lekha.routes.jobs.JobLaunchRequests;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Hands launch requests from the {@code lekha.jobs.launch} queue to the job registry. */
@Component
public class QueueJobLaunches implements JobLaunchRequests {

    private final JobRuns runs;

    public QueueJobLaunches(JobRuns runs) {
        this.runs = runs;
    }

    @Override
    public long launch(String jobName, long companyId, Map<String, String> params, String requestedBy) {
        try {
            return runs.launch(jobName, companyId, params, requestedBy);
        } catch (InvalidJobParametersException | UnknownJobException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}

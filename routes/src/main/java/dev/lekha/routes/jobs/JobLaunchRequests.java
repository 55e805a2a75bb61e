package dev.lekha.routes.jobs;

import java.util.Map;

/**
 * What the {@code lekha.jobs.launch} queue consumer hands a launch request to. The hub implements
 * it with the job registry; routes does not depend on batch-jobs.
 */
public interface JobLaunchRequests {

    /**
     * Launches the job; returns the run id.
     *
     * @throws IllegalArgumentException when the job is unknown or a parameter is invalid (the message
     *         is dead-lettered without retries: retrying cannot help)
     */
    long launch(String jobName, long companyId, Map<String, String> params, String requestedBy);
}

package dev.lekha.jobs.runs;

import java.time.Instant;
import java.util.Map;

/** One run as listed: status is the Spring Batch BatchStatus name (STARTING, STARTED, COMPLETED, FAILED, STOPPED...). */
public record RunSummary(long runId, String jobName, Long companyId, Map<String, String> params, String status,
                         String exitCode, Instant startedAt, Instant endedAt, String launchedBy) {
}

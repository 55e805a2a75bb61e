package dev.lekha.jobs;

import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Polls a run until it reaches one of the given states; fails after a generous deadline (a hang, not a timing check). */
public final class RunsAwait {

    private RunsAwait() {
    }

    public static RunDetail until(JobRuns runs, long runId, String... statuses) throws InterruptedException {
        Set<String> wanted = Set.of(statuses);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        RunDetail detail = runs.run(runId).orElseThrow();
        while (!wanted.contains(detail.summary().status())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Run " + runId + " still " + detail.summary().status() + ", expected " + wanted);
            }
            Thread.sleep(50);
            detail = runs.run(runId).orElseThrow();
        }
        return detail;
    }

    public static RunDetail finished(JobRuns runs, long runId) throws InterruptedException {
        return until(runs, runId, "COMPLETED", "FAILED", "STOPPED", "ABANDONED", "UNKNOWN");
    }
}

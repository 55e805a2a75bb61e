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

    /** Waits until the run may be restarted (stopped or failed, and its execution has ended). */
    public static RunDetail restartable(JobRuns runs, long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        RunDetail detail = runs.run(runId).orElseThrow();
        while (!detail.restartable()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Run " + runId + " (" + detail.summary().status() + ") never became restartable");
            }
            Thread.sleep(50);
            detail = runs.run(runId).orElseThrow();
        }
        return detail;
    }

    /** Waits for a terminal status and the end of the execution (a stopped run is STOPPED a moment before). */
    public static RunDetail finished(JobRuns runs, long runId) throws InterruptedException {
        RunDetail detail = until(runs, runId, "COMPLETED", "FAILED", "STOPPED", "ABANDONED", "UNKNOWN");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (detail.summary().endedAt() == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Run " + runId + " is " + detail.summary().status() + " but never ended");
            }
            Thread.sleep(50);
            detail = runs.run(runId).orElseThrow();
        }
        return detail;
    }
}

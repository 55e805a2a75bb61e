package dev.lekha.jobs;

import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What every benchmark does around the job it measures: wait for the launched run to end (benchmarks run far longer
 * than {@link RunsAwait}'s two minutes) and describe its steps, so their reports read alike.
 */
public final class BenchRuns {

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private BenchRuns() {
    }

    /**
     * Polls the run every 200 ms until it ends or {@code limit} passes.
     *
     * @return the run as last seen (its status says whether it ended)
     */
    public static RunDetail await(JobRuns runs, long runId, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        RunDetail run = runs.run(runId).orElseThrow();
        while (!ENDED.contains(run.summary().status()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            run = runs.run(runId).orElseThrow();
        }
        return run;
    }

    /** One line per step: name, status, read and write counts and wall time, each ending with a line break. */
    public static String steps(RunDetail run) {
        StringBuilder steps = new StringBuilder();
        for (RunDetail.StepDetail s : run.steps()) {
            steps.append(String.format(Locale.ROOT, "  %s: %s, read %d, write %d, %.1f s%n", s.name(), s.status(),
                    s.readCount(), s.writeCount(), s.startedAt() == null || s.endedAt() == null ? 0.0
                            : Duration.between(s.startedAt(), s.endedAt()).toMillis() / 1000.0));
        }
        return steps.toString();
    }
}

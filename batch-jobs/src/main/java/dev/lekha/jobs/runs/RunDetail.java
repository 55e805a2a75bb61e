package dev.lekha.jobs.runs;

import java.time.Instant;
import java.util.List;

/**
 * A run with its steps, errors and artifacts.
 *
 * @param progressPercent estimated 0–100 while running (items read / items expected), 100 when complete
 * @param restartable     true when FAILED or STOPPED and the job allows restart
 * @param stoppable       true while STARTING or STARTED
 */
public record RunDetail(RunSummary summary, List<StepDetail> steps, List<String> errors, List<Long> artifactIds,
                        int progressPercent, boolean restartable, boolean stoppable) {

    public record StepDetail(String name, String status, long readCount, long writeCount, long skipCount,
                             long commitCount, long rollbackCount, Instant startedAt, Instant endedAt,
                             String exitDescription) {
    }
}

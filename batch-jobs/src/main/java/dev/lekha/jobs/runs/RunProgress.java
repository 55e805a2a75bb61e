package dev.lekha.jobs.runs;

import java.util.Collection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * How far a run has got. A job's main chunk step stores the number of items it expects under
 * {@link #EXPECTED_ITEMS} in its step execution context before reading (for example from a count
 * query); progress is that step's read count against it.
 */
public final class RunProgress {

    /** Step execution context key: the number of items the step expects to read (a long). */
    public static final String EXPECTED_ITEMS = "lekha.expectedItems";

    private RunProgress() {
    }

    /** 100 when completed; otherwise 0–99 from the step that declared its expected items, 0 when none did. */
    static int percent(BatchStatus status, Collection<StepExecution> steps) {
        if (status == BatchStatus.COMPLETED) {
            return 100;
        }
        for (StepExecution step : steps) {
            if (step.getExecutionContext().containsKey(EXPECTED_ITEMS)) {
                long expected = step.getExecutionContext().getLong(EXPECTED_ITEMS);
                if (expected <= 0) {
                    return step.getStatus() == BatchStatus.COMPLETED ? 99 : 0;
                }
                return (int) Math.min(99, step.getReadCount() * 100 / expected);
            }
        }
        return 0;
    }
}

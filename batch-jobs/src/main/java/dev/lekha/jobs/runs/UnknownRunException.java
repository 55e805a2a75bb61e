package dev.lekha.jobs.runs;

/** No run (job execution) has that id. */
public class UnknownRunException extends RuntimeException {
    public UnknownRunException(long runId) {
        super("No run with id " + runId);
    }
}

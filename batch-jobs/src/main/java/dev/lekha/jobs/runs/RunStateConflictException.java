package dev.lekha.jobs.runs;

/** The run is not in a state that allows what was asked (restart of a completed run, stop of a finished one). */
public class RunStateConflictException extends RuntimeException {
    public RunStateConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

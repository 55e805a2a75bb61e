package dev.lekha.jobs.runs;

/** No job has that name. */
public class UnknownJobException extends RuntimeException {
    public UnknownJobException(String jobName) {
        super("No job named '" + jobName + "'");
    }
}

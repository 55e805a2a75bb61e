package dev.lekha.jobs.runs;

import java.util.Map;

/** The parameters do not fit the job's descriptor; {@code problems} maps each parameter name to what is wrong. */
public class InvalidJobParametersException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidJobParametersException(String jobName, Map<String, String> problems) {
        super("Invalid parameters for job " + jobName + ": " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}

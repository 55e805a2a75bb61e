package dev.lekha.hub.schedules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A schedule request that cannot be stored; {@code problems} maps each field, in form order, to what is wrong and how to fix it. */
public class InvalidScheduleException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidScheduleException(String scheduleName, Map<String, String> problems) {
        super("Schedule '" + scheduleName + "' is invalid: " + String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}

package dev.lekha.mappings.mrp;

import java.util.List;

/** The masters cannot be planned as they are (unknown item codes, missing lot-size parameters...); every problem listed. */
public class InvalidPlanningInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidPlanningInputException(List<String> problems) {
        super("Cannot plan: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

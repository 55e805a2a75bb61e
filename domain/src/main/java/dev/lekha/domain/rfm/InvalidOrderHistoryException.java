package dev.lekha.domain.rfm;

import java.util.List;

/** The order history cannot be stored as it is (unknown company, several companies); nothing was stored. */
public class InvalidOrderHistoryException extends RuntimeException {

    private final List<String> problems;

    public InvalidOrderHistoryException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

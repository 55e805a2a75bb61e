package dev.lekha.domain.bank;

import java.util.List;

/**
 * A statement that reads well but cannot be stored: its account is unknown or ambiguous, it does not continue
 * from the previous statement, or every line of it is already imported. Nothing was stored.
 */
public class BankStatementRejectedException extends RuntimeException {

    private final List<String> problems;

    public BankStatementRejectedException(String problem) {
        super(problem);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}

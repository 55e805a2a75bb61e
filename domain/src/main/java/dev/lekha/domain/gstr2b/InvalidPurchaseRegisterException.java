package dev.lekha.domain.gstr2b;

import java.util.List;

/** The purchase register cannot be imported as it is; nothing was stored. Lists every problem. */
public class InvalidPurchaseRegisterException extends RuntimeException {

    private final List<String> problems;

    public InvalidPurchaseRegisterException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Never empty. */
    public List<String> problems() {
        return problems;
    }
}

package dev.lekha.domain.razorpay;

import java.util.List;

/** Settlement report rows that cannot be stored; each problem names its row. Nothing was stored. */
public class InvalidSettlementItemsException extends RuntimeException {

    private final List<String> problems;

    public InvalidSettlementItemsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

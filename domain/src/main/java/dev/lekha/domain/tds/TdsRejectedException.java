package dev.lekha.domain.tds;

import java.util.List;

/** A TDS record refused as invalid input; each problem names the field and how to fix it. Nothing was stored. */
public class TdsRejectedException extends RuntimeException {

    private final transient List<String> problems;

    public TdsRejectedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Never empty. */
    public List<String> problems() {
        return problems;
    }
}

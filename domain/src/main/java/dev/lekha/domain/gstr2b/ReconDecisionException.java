package dev.lekha.domain.gstr2b;

/** A decision about a reconciliation line cannot be taken: the line is unknown or in the wrong state. */
public class ReconDecisionException extends RuntimeException {

    public ReconDecisionException(String message) {
        super(message);
    }
}

package dev.lekha.domain.ledger;

/** A journal entry whose debits and credits differ, or whose lines are malformed; nothing is posted. */
public class UnbalancedJournalEntryException extends IllegalArgumentException {

    public UnbalancedJournalEntryException(String message) {
        super(message);
    }
}

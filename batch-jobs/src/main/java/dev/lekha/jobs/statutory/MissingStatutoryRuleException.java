package dev.lekha.jobs.statutory;

/**
 * A statutory rule a payroll month needs has no row in force (or two overlapping rows); the message names the
 * table, kind, code or state and the date, so the fix is a row in a migration.
 */
public class MissingStatutoryRuleException extends IllegalStateException {

    public MissingStatutoryRuleException(String message) {
        super(message);
    }
}

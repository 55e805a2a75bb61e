package dev.lekha.jobs.statutory;

/**
 * No dated rows in force for what was asked (a year with no income-tax slabs, a rate missing from a year): the
 * input is outside what the data covers, so callers answer it as a bad request naming the year, not as our bug.
 */
public class MissingTaxRulesException extends IllegalArgumentException {

    public MissingTaxRulesException(String message) {
        super(message);
    }
}

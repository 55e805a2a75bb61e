package dev.lekha.jobs.rfm;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The look-back of a run: orders dated after {@code from} up to and including {@code asOf}, i.e. the
 * {@code periodMonths} whole months ending on the as-of date (as-of 2026-11-30, 12 months: 2025-12-01 to
 * 2026-11-30). {@code from} itself is the day the recency of a customer with only returns counts from.
 */
record RfmPeriod(long companyId, LocalDate asOf, int periodMonths, LocalDate from) {

    static final int MAX_MONTHS = 120;

    static RfmPeriod of(JobParameters params) {
        LocalDate asOf = LocalDate.parse(params.getString("asOf"));
        int months;
        try {
            months = Integer.parseInt(params.getString("periodMonths"));
        } catch (NumberFormatException e) {
            throw new RfmJobException("periodMonths must be a whole number of months from 1 to " + MAX_MONTHS);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new RfmJobException("periodMonths is " + months + "; give a look-back of 1 to " + MAX_MONTHS + " months");
        }
        return new RfmPeriod(params.getLong("companyId"), asOf, months, asOf.minusMonths(months));
    }
}

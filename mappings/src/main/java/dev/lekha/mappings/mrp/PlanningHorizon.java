package dev.lekha.mappings.mrp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The planning calendar: bucket 0 starts on {@code today}; bucket i covers {@code today + i × width} for
 * {@code width} days; {@code ceil(horizonDays / width)} buckets. "Today" is passed in: the engine reads no clock.
 *
 * @param today       the planning date (releases before it are past due)
 * @param horizonDays how many days ahead to plan (at least 1)
 * @param bucket      daily or weekly buckets
 */
public record PlanningHorizon(LocalDate today, int horizonDays, BucketSize bucket) {

    public PlanningHorizon {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(bucket, "bucket");
        if (horizonDays < 1 || horizonDays > 3660) {
            throw new IllegalArgumentException("horizonDays must be between 1 and 3660 (ten years), was " + horizonDays);
        }
    }

    public int bucketCount() {
        return (horizonDays + bucket.days() - 1) / bucket.days();
    }

    /** The first day of bucket {@code i}. */
    public LocalDate bucketStart(int i) {
        return today.plusDays((long) i * bucket.days());
    }

    /**
     * The bucket a date falls in: 0 for any date up to the first bucket's end (so overdue demand and receipts count
     * now), -1 for a date after the last bucket.
     */
    public int bucketOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            return 0;
        }
        long b = days / bucket.days();
        return b >= bucketCount() ? -1 : (int) b;
    }

    /** The bucket a release date falls in, negative when it is before today (a past-due release). */
    public int releaseBucketOf(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(today, date), (long) bucket.days());
    }
}

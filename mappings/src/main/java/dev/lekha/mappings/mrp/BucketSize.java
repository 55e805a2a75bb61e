package dev.lekha.mappings.mrp;

/** The width of a planning time bucket. */
public enum BucketSize {
    DAY(1), WEEK(7);

    private final int days;

    BucketSize(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}

package dev.lekha.mappings.payroll.files;

/**
 * The reason codes of the ESIC monthly-contribution template ("Reason Code for Zero workings days"), as the ESIC
 * portal's instructions for the MC Excel upload list them (see docs/payroll-files.md). Code 0 is also written for
 * every row with days worked. The portal wants the last working day for left service, retired, out of coverage,
 * expired, non-implemented area and retrenchment, and a blank one for every other reason.
 */
public enum EsicZeroDaysReason {
    WITHOUT_REASON(0, false),
    ON_LEAVE(1, false),
    LEFT_SERVICE(2, true),
    RETIRED(3, true),
    /** Valid only for the April and October wage months (the start of a contribution period). */
    OUT_OF_COVERAGE(4, true),
    EXPIRED(5, true),
    NON_IMPLEMENTED_AREA(6, true),
    COMPLIANCE_BY_IMMEDIATE_EMPLOYER(7, false),
    SUSPENSION_OF_WORK(8, false),
    STRIKE_OR_LOCKOUT(9, false),
    RETRENCHMENT(10, true),
    NO_WORK(11, false),
    DOES_NOT_BELONG_TO_THIS_EMPLOYER(12, false),
    DUPLICATE_IP(13, false);

    private final int code;
    private final boolean needsLastWorkingDay;

    EsicZeroDaysReason(int code, boolean needsLastWorkingDay) {
        this.code = code;
        this.needsLastWorkingDay = needsLastWorkingDay;
    }

    /** The numeric code written in the template. */
    public int code() {
        return code;
    }

    /** Whether the row must carry the last working day (and must not otherwise). */
    public boolean needsLastWorkingDay() {
        return needsLastWorkingDay;
    }
}

package dev.lekha.mappings.rfm;

/**
 * The customer segments of issue 7's map from the recency (R) and frequency (F) quintile scores, 5 best
 * (docs/rfm.md has the map as a table):
 *
 * <pre>
 * R \ F   1               2                   3                   4           5
 *   5     New             Potential Loyalist  Potential Loyalist  Champions   Champions
 *   4     Promising       Potential Loyalist  Potential Loyalist  Loyal       Loyal
 *   3     About to Sleep  About to Sleep      Need Attention      Loyal       Loyal
 *   2     Hibernating     Hibernating         At Risk             At Risk     Can't Lose
 *   1     Lost            Hibernating         At Risk             At Risk     Can't Lose
 * </pre>
 */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL("Loyal"),
    POTENTIAL_LOYALIST("Potential Loyalist"),
    NEW("New"),
    PROMISING("Promising"),
    NEED_ATTENTION("Need Attention"),
    ABOUT_TO_SLEEP("About to Sleep"),
    AT_RISK("At Risk"),
    CANT_LOSE("Can't Lose"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    /** MAP[r - 1][f - 1], as the table above. */
    private static final RfmSegment[][] MAP = {
            {LOST, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
            {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL},
            {NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},
    };

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    /** The segment's name as the map and the screens write it, e.g. {@code Can't Lose}. */
    public String label() {
        return label;
    }

    /**
     * @param recencyScore   R, 1 to 5 (5 = most recent)
     * @param frequencyScore F, 1 to 5 (5 = most orders)
     * @throws IllegalArgumentException when a score is outside 1 to 5
     */
    public static RfmSegment of(int recencyScore, int frequencyScore) {
        if (recencyScore < 1 || recencyScore > 5 || frequencyScore < 1 || frequencyScore > 5) {
            throw new IllegalArgumentException("R and F scores are 1 to 5, were R=" + recencyScore + " F=" + frequencyScore);
        }
        return MAP[recencyScore - 1][frequencyScore - 1];
    }
}

package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The statutory numbers for interest and late fee on a GSTR-3B, as in force for the return period
 * (dated data: {@code statutory_rate} kind {@code GSTR3B}, migration V11). All late fee amounts are
 * per Act: the same amount is due under the CGST Act and under the State/UT GST Act.
 *
 * @param interestRatePercent  interest per annum on tax paid late: 18 (section 50(1) CGST Act; Notification
 *                             13/2017-Central Tax, 28 June 2017)
 * @param dueDayOfNextMonth    the return is due on this day of the month after the period: 20 for monthly
 *                             filers (section 39(1) and rule 61(5) CGST Rules)
 * @param lateFeePerDay        late fee per day of delay per Act when tax is payable: Rs 25 (section 47(1) levies
 *                             Rs 100, the excess waived by Notification 76/2018-Central Tax, 31 Dec 2018)
 * @param nilLateFeePerDay     the same for a nil return (no tax payable): Rs 10 (Notification 76/2018-Central Tax)
 * @param nilLateFeeCap        the most late fee per Act on a nil return: Rs 250 (Notification 19/2021-Central Tax,
 *                             1 June 2021, for tax periods from June 2021)
 * @param turnoverCaps         the most late fee per Act on other returns by aggregate turnover of the preceding
 *                             financial year (Notification 19/2021-Central Tax: up to Rs 1.5 crore: Rs 1,000;
 *                             up to Rs 5 crore: Rs 2,500; above: Rs 5,000, the cap of section 47(1)); must not be empty
 */
public record LateFilingRules(BigDecimal interestRatePercent, int dueDayOfNextMonth, BigDecimal lateFeePerDay,
                              BigDecimal nilLateFeePerDay, BigDecimal nilLateFeeCap, List<TurnoverCap> turnoverCaps) {

    public LateFilingRules {
        Objects.requireNonNull(interestRatePercent, "interestRatePercent must not be null");
        if (dueDayOfNextMonth < 1 || dueDayOfNextMonth > 28) {
            throw new IllegalArgumentException("due day " + dueDayOfNextMonth + " must be 1-28");
        }
        lateFeePerDay = Money.of(Objects.requireNonNull(lateFeePerDay, "lateFeePerDay must not be null"));
        nilLateFeePerDay = Money.of(Objects.requireNonNull(nilLateFeePerDay, "nilLateFeePerDay must not be null"));
        nilLateFeeCap = Money.of(Objects.requireNonNull(nilLateFeeCap, "nilLateFeeCap must not be null"));
        if (turnoverCaps == null || turnoverCaps.isEmpty()) {
            throw new IllegalArgumentException("turnoverCaps must name at least the cap above every turnover slab");
        }
        // ascending, the open-ended slab (no upper limit) last
        turnoverCaps = turnoverCaps.stream()
                .sorted(Comparator.comparing(TurnoverCap::turnoverUpTo, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The late fee cap per Act for a taxpayer of this aggregate turnover; the highest slab's when the
     * turnover is unknown (null).
     */
    public BigDecimal capFor(BigDecimal aggregateTurnover) {
        if (aggregateTurnover != null) {
            for (TurnoverCap cap : turnoverCaps) {
                if (cap.turnoverUpTo() == null || aggregateTurnover.compareTo(cap.turnoverUpTo()) <= 0) {
                    return cap.capPerAct();
                }
            }
        }
        return turnoverCaps.get(turnoverCaps.size() - 1).capPerAct();
    }

    /**
     * @param turnoverUpTo the slab's upper limit of aggregate turnover, inclusive; null for the open top slab
     * @param capPerAct    the most late fee under each Act
     */
    public record TurnoverCap(BigDecimal turnoverUpTo, BigDecimal capPerAct) {

        public TurnoverCap {
            capPerAct = Money.of(Objects.requireNonNull(capPerAct, "capPerAct must not be null"));
        }
    }
}

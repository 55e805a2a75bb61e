package dev.lekha.mappings.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The churn risk of a customer from how long they have been silent compared with how often they buy.
 *
 * <p>Model: while a customer stays active, their orders arrive as a Poisson process at their own rate, one order
 * per mean inter-purchase interval {@code m} days. The chance that an active customer goes {@code d} days
 * (the recency) without an order is {@code exp(-d/m)}; the churn probability is its complement,
 * {@code P = 1 - exp(-d / m)}, rounded half-up to 4 decimals. The level is {@code LOW} below 0.5000,
 * {@code MEDIUM} from 0.5000 to below 0.8000 and {@code HIGH} from 0.8000 (P = 0.5 at d = m·ln 2 ≈ 0.69 m,
 * P = 0.8 at d = m·ln 5 ≈ 1.61 m: silent for more than about one and a half usual gaps is high risk).
 *
 * <p>{@code m} is {@code (last order - first order in days) / (orders - 1)} for a customer with two orders or more
 * in the look-back on at least two different days; for everyone else (one order, all orders on one day, only
 * returns) it is the company's median {@code m} over the customers that have one, and when no customer has one,
 * the look-back's length in days. {@code m} is at least 1 day. It is a heuristic to rank customers to call, not a
 * fitted model: it has no parameters to estimate, so it is the same for every company and easy to check by hand.
 */
public final class ChurnModel {

    static final BigDecimal MEDIUM_FROM = new BigDecimal("0.5000");
    static final BigDecimal HIGH_FROM = new BigDecimal("0.8000");

    private ChurnModel() {
    }

    /** The churn-risk level of a probability. */
    public enum Level { LOW, MEDIUM, HIGH }

    /**
     * @param meanInterval the mean interval used, days, scale 4
     * @param probability  P(churn), scale 4, 0 to 1
     * @param level        from {@code probability} by the cut-offs above
     */
    public record Risk(BigDecimal meanInterval, BigDecimal probability, Level level) {
    }

    /**
     * The customer's own mean inter-purchase interval, or null when they have none (fewer than two orders, or all on
     * one day).
     */
    public static BigDecimal ownMeanInterval(LocalDate firstOrder, LocalDate lastOrder, int orders) {
        if (orders < 2 || firstOrder == null || lastOrder == null || !lastOrder.isAfter(firstOrder)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(firstOrder, lastOrder);
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(orders - 1L), 4, RoundingMode.HALF_UP);
    }

    /**
     * @param recencyDays  days since the last order, 0 or more
     * @param ownInterval  the customer's {@link #ownMeanInterval}, or null
     * @param fallback     the company's median interval (or the look-back's days), used when {@code ownInterval} is null
     */
    public static Risk risk(long recencyDays, BigDecimal ownInterval, BigDecimal fallback) {
        if (recencyDays < 0) {
            throw new IllegalArgumentException("recency is days since the last order, was " + recencyDays);
        }
        BigDecimal m = (ownInterval != null ? ownInterval : fallback).max(BigDecimal.ONE).setScale(4, RoundingMode.HALF_UP);
        double p = 1 - Math.exp(-recencyDays / m.doubleValue());
        BigDecimal probability = BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_UP);
        return new Risk(m, probability, level(probability));
    }

    /** LOW below 0.5, MEDIUM below 0.8, HIGH from 0.8. */
    public static Level level(BigDecimal probability) {
        if (probability.compareTo(HIGH_FROM) >= 0) {
            return Level.HIGH;
        }
        return probability.compareTo(MEDIUM_FROM) >= 0 ? Level.MEDIUM : Level.LOW;
    }

    /**
     * The median of the customers' own intervals, given in ten-thousandths of a day and sorted ascending: the middle
     * one, or the mean of the two middle ones (half-up to 4 decimals); {@code whenNone} when there are none.
     */
    public static BigDecimal median(long[] sortedTenThousandths, int count, BigDecimal whenNone) {
        if (count == 0) {
            return whenNone.setScale(4, RoundingMode.HALF_UP);
        }
        BigDecimal mid = BigDecimal.valueOf(sortedTenThousandths[count / 2], 4);
        if (count % 2 == 1) {
            return mid;
        }
        return mid.add(BigDecimal.valueOf(sortedTenThousandths[count / 2 - 1], 4))
                .divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }
}

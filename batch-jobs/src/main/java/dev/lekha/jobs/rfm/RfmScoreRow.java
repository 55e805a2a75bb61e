package dev.lekha.jobs.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer as the scoring query returns it: the look-back's aggregates and the three NTILE scores.
 *
 * @param lastOrder        the last order's date, or the day before the look-back when the customer has only returns
 * @param firstOrder       null when the customer has only returns
 * @param previousSegment  the segment's enum name in the previous run, or null
 */
record RfmScoreRow(String customerKey, String customerName, int orders, BigDecimal netAmount, LocalDate firstOrder,
                   LocalDate lastOrder, int recencyScore, int frequencyScore, int monetaryScore,
                   String previousSegment) {
}

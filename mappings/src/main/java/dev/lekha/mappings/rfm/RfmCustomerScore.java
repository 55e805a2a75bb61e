package dev.lekha.mappings.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer's line of an RFM run, as stored and as written to {@code RFM_SEGMENTS_CSV}.
 *
 * @param customerKey      the customer's id in the order history
 * @param customerName     may be null
 * @param lastOrderDate    null when the customer's rows in the look-back are all returns
 * @param recencyDays      days from the last order to the as-of date
 * @param frequency        orders in the look-back (returns not counted)
 * @param monetary         net value in the look-back: orders less returns, may be below zero
 * @param recencyScore     R, 1 to 5
 * @param frequencyScore   F, 1 to 5
 * @param monetaryScore    M, 1 to 5
 * @param segment          from R and F by {@link RfmSegment#of}
 * @param previousSegment  the customer's segment in the previous run, null when they were not in it
 * @param churn            the {@link ChurnModel} risk
 */
public record RfmCustomerScore(String customerKey, String customerName, LocalDate lastOrderDate, long recencyDays,
                               int frequency, BigDecimal monetary, int recencyScore, int frequencyScore,
                               int monetaryScore, RfmSegment segment, RfmSegment previousSegment,
                               ChurnModel.Risk churn) {
}

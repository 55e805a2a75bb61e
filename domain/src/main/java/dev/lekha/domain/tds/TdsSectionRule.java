package dev.lekha.domain.tds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated TDS rule: the rate and thresholds of a section for a nature of payment and a class of deductee, as a
 * row of {@code tds_section_rule}. A budget change is a new row, never an edit.
 *
 * @param sectionCode        the Income-tax Act, 1961 section users know ({@code 194C}); never null
 * @param nature             what is paid ({@code CONTRACT}, {@code PROFESSIONAL}, ...); never null
 * @param deducteeClass      {@code IND_HUF}, {@code OTHER} or {@code ANY}
 * @param ratePercent        the normal rate
 * @param noPanRatePercent   the rate without a valid PAN (s.206AA)
 * @param thresholdBasis     how the thresholds apply
 * @param singleThreshold    null when the section has none
 * @param aggregateThreshold null when the section has none
 * @param section2025        where the payment sits in s.393 of the Income-tax Act, 2025 (null before 1 April 2026)
 * @param paymentCode        the s.393 payment code (null before 1 April 2026 or when not confirmed)
 * @param effectiveTo        last day in force, inclusive; null while in force
 */
public record TdsSectionRule(String sectionCode, String nature, String deducteeClass, BigDecimal ratePercent,
                             BigDecimal noPanRatePercent, ThresholdBasis thresholdBasis, BigDecimal singleThreshold,
                             BigDecimal aggregateThreshold, String section2025, String paymentCode,
                             String description, LocalDate effectiveFrom, LocalDate effectiveTo, String sourceNote) {

    /** How a rule's thresholds decide whether tax is deductible. */
    public enum ThresholdBasis {
        /** A single sum above the single threshold, or the year's aggregate above the aggregate threshold (194C). */
        SINGLE_OR_AGGREGATE,
        /** The year's aggregate, this sum included, above the aggregate threshold. */
        AGGREGATE,
        /** The amount for a month or part of a month above the single threshold (194-I from FY 2025-26). */
        PER_MONTH,
        /** Tax only on the part of the year's aggregate above the aggregate threshold (194Q). */
        EXCESS
    }

    public TdsSectionRule {
        Objects.requireNonNull(sectionCode, "sectionCode must not be null");
        Objects.requireNonNull(nature, "nature must not be null");
        Objects.requireNonNull(deducteeClass, "deducteeClass must not be null");
        Objects.requireNonNull(ratePercent, "ratePercent must not be null");
        Objects.requireNonNull(noPanRatePercent, "noPanRatePercent must not be null");
        Objects.requireNonNull(thresholdBasis, "thresholdBasis must not be null");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
    }

    /** Whether the rule is in force on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether the rule covers a deductee of {@code kind}. */
    public boolean covers(DeducteeKind kind) {
        return "ANY".equals(deducteeClass) || kind.name().equals(deducteeClass);
    }
}

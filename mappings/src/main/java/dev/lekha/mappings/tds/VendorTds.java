package dev.lekha.mappings.tds;

import dev.lekha.domain.tds.DeducteeKind;
import dev.lekha.domain.tds.Pan;
import dev.lekha.domain.tds.TdsSectionRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * TDS on a vendor payment or credit under 194C, 194J, 194H, 194-I, 194Q or 194A (s.393 of the Income-tax Act, 2025
 * from 1 April 2026), from the dated rules given as data. Pure: the caller passes the rules, the date and what the
 * deductee was already paid in the financial year.
 *
 * <p>Thresholds: a sum that alone exceeds the single threshold is taxed on itself; once the year's aggregate (this
 * sum included) exceeds the aggregate threshold, the sums of the year not yet taxed are taxed with it (the base is
 * this sum plus {@code paidSoFar - taxedBaseSoFar}); 194-I from FY 2025-26 looks at the rent for the month only;
 * 194Q taxes only the part of the aggregate above ₹50 lakh. Without a valid PAN the rate is the higher of the
 * section's rate and the s.206AA rate (20%, 5% for 194Q). The tax is rounded to the rupee (half up), as the
 * statements carry it.
 */
public final class VendorTds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VendorTds() {
    }

    /** Why the tax is what it is. */
    public enum Reason {
        /** Deducted at the section's rate. */
        DEDUCTED,
        /** Neither the single nor the aggregate threshold is crossed: nothing to deduct. */
        THRESHOLD_NOT_CROSSED,
        /** No valid PAN: deducted at the s.206AA rate (statement remark C). */
        NO_PAN_HIGHER_RATE,
        /** A certificate for lower or nil deduction (s.197) applies (statement remark A). */
        LOWER_DEDUCTION_CERTIFICATE
    }

    /**
     * A payment or credit to decide on.
     *
     * @param sectionCode            e.g. {@code 194C}; must not be null
     * @param nature                 e.g. {@code CONTRACT}; must not be null
     * @param pan                    the deductee's PAN as given; null, blank or malformed counts as no PAN
     * @param kindWithoutPan         the deductee's class when the PAN cannot tell it; must not be null
     * @param amount                 the sum paid or credited, positive
     * @param paidSoFar              what the deductee was paid under this section and nature earlier in the FY
     * @param taxedBaseSoFar         how much of {@code paidSoFar} has already been taxed
     * @param date                   date of payment or credit (picks the rules in force)
     * @param certificateRatePercent the rate of a s.197 certificate, or null
     */
    public record Payment(String sectionCode, String nature, String pan, DeducteeKind kindWithoutPan,
                          BigDecimal amount, BigDecimal paidSoFar, BigDecimal taxedBaseSoFar, LocalDate date,
                          BigDecimal certificateRatePercent) {
        public Payment {
            Objects.requireNonNull(sectionCode, "sectionCode must not be null");
            Objects.requireNonNull(nature, "nature must not be null");
            Objects.requireNonNull(kindWithoutPan, "kindWithoutPan must not be null");
            Objects.requireNonNull(amount, "amount must not be null");
            Objects.requireNonNull(date, "date must not be null");
            paidSoFar = paidSoFar == null ? BigDecimal.ZERO : paidSoFar;
            taxedBaseSoFar = taxedBaseSoFar == null ? BigDecimal.ZERO : taxedBaseSoFar;
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("amount must be positive, was " + amount);
            }
        }
    }

    /**
     * The decision.
     *
     * @param rule        the rule applied
     * @param kind        the deductee class used
     * @param base        the sum taxed (0 when nothing is deductible)
     * @param ratePercent the rate applied
     * @param tds         the tax, rounded to the rupee, scale 2
     * @param reasonCode  the statement remark: {@code A}, {@code C}, or null
     * @param explanation one sentence a user can read
     */
    public record Result(TdsSectionRule rule, DeducteeKind kind, BigDecimal base, BigDecimal ratePercent,
                         BigDecimal tds, Reason reason, String reasonCode, String explanation) {
    }

    /**
     * Decides the TDS on a payment.
     *
     * @param rules every rule known (the ones in force on the payment's date are used); must not be null
     * @throws IllegalArgumentException when no rule, or more than one, covers the section, nature, class and date
     */
    public static Result determine(List<TdsSectionRule> rules, Payment p) {
        boolean panValid = Pan.isValid(p.pan());
        DeducteeKind kind = DeducteeKind.fromPan(p.pan(), p.kindWithoutPan());
        List<TdsSectionRule> found = rules.stream()
                .filter(r -> r.sectionCode().equals(p.sectionCode()) && r.nature().equals(p.nature())
                        && r.appliesOn(p.date()) && r.covers(kind))
                .toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("No single TDS rule for section " + p.sectionCode() + " nature "
                    + p.nature() + " deductee " + kind + " on " + p.date() + " (found " + found.size() + ")");
        }
        TdsSectionRule rule = found.get(0);
        BigDecimal untaxed = p.paidSoFar().subtract(p.taxedBaseSoFar()).max(BigDecimal.ZERO);
        BigDecimal aggregate = p.paidSoFar().add(p.amount());
        BigDecimal base;
        String why;
        switch (rule.thresholdBasis()) {
            case SINGLE_OR_AGGREGATE -> {
                if (aggregate.compareTo(rule.aggregateThreshold()) > 0) {
                    base = p.amount().add(untaxed);
                    why = "the year's aggregate " + aggregate.toPlainString() + " exceeds "
                            + rule.aggregateThreshold().toPlainString();
                } else if (p.amount().compareTo(rule.singleThreshold()) > 0) {
                    base = p.amount();
                    why = "the sum exceeds the single-payment threshold " + rule.singleThreshold().toPlainString();
                } else {
                    base = BigDecimal.ZERO;
                    why = "the sum is within " + rule.singleThreshold().toPlainString()
                            + " and the year's aggregate " + aggregate.toPlainString() + " within "
                            + rule.aggregateThreshold().toPlainString();
                }
            }
            case AGGREGATE -> {
                if (aggregate.compareTo(rule.aggregateThreshold()) > 0) {
                    base = p.amount().add(untaxed);
                    why = "the year's aggregate " + aggregate.toPlainString() + " exceeds "
                            + rule.aggregateThreshold().toPlainString();
                } else {
                    base = BigDecimal.ZERO;
                    why = "the year's aggregate " + aggregate.toPlainString() + " is within "
                            + rule.aggregateThreshold().toPlainString();
                }
            }
            case PER_MONTH -> {
                if (p.amount().compareTo(rule.singleThreshold()) > 0) {
                    base = p.amount();
                    why = "the rent for the month exceeds " + rule.singleThreshold().toPlainString();
                } else {
                    base = BigDecimal.ZERO;
                    why = "the rent for the month is within " + rule.singleThreshold().toPlainString();
                }
            }
            case EXCESS -> {
                base = aggregate.subtract(rule.aggregateThreshold()).subtract(p.taxedBaseSoFar()).max(BigDecimal.ZERO)
                        .min(p.amount());
                why = base.signum() > 0
                        ? "the part of the year's purchases above " + rule.aggregateThreshold().toPlainString()
                        : "the year's purchases " + aggregate.toPlainString() + " are within "
                          + rule.aggregateThreshold().toPlainString();
            }
            default -> throw new IllegalStateException("unknown basis " + rule.thresholdBasis());
        }
        if (base.signum() == 0) {
            return new Result(rule, kind, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(4),
                    BigDecimal.ZERO.setScale(2), Reason.THRESHOLD_NOT_CROSSED, null,
                    "No TDS under " + rule.sectionCode() + ": " + why + ".");
        }
        BigDecimal rate;
        Reason reason;
        String code;
        if (!panValid) {
            rate = rule.ratePercent().max(rule.noPanRatePercent());
            reason = Reason.NO_PAN_HIGHER_RATE;
            code = "C";
            why = why + "; no valid PAN, so " + rate.stripTrailingZeros().toPlainString() + "% (s.206AA)";
        } else if (p.certificateRatePercent() != null) {
            rate = p.certificateRatePercent();
            reason = Reason.LOWER_DEDUCTION_CERTIFICATE;
            code = "A";
            why = why + "; lower-deduction certificate at " + rate.stripTrailingZeros().toPlainString() + "%";
        } else {
            rate = rule.ratePercent();
            reason = Reason.DEDUCTED;
            code = null;
        }
        BigDecimal tds = base.multiply(rate).divide(HUNDRED, 0, RoundingMode.HALF_UP).setScale(2);
        return new Result(rule, kind, base.setScale(2, RoundingMode.HALF_UP), rate.setScale(4), tds, reason, code,
                "TDS under " + rule.sectionCode() + " at " + rate.stripTrailingZeros().toPlainString() + "% on "
                        + base.setScale(2, RoundingMode.HALF_UP).toPlainString() + ": " + why + ".");
    }
}

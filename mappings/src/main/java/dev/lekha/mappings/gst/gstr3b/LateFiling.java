package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Interest and late fee of GSTR-3B table 5.1 for a return filed (or to be filed) on a given date,
 * and the working behind them, so a reviewer can check the figures.
 *
 * <p><b>Interest</b> (section 50(1) of the CGST Act, with its proviso inserted by the Finance Act 2021
 * and brought into force from 1 July 2017 by Notification 16/2021-Central Tax): on the part of the tax
 * paid in cash, at {@link LateFilingRules#interestRatePercent()} per annum for each day after the due
 * date up to the filing date: {@code cash × rate/100 × days/365}, per tax head, rounded half-up to paise.
 * Example: 10,000 × 18% × 10/365 = 49.32.
 *
 * <p><b>Late fee</b> (section 47(1) of the CGST Act and of each SGST Act; Notifications 76/2018 and
 * 19/2021-Central Tax): per Act, {@code days × per-day fee}, at most the cap for the taxpayer's
 * aggregate turnover, or the nil-return rate and cap when no tax is payable in the return. Written
 * under CGST and SGST in equal amounts.
 *
 * @param dueDate        the return's due date
 * @param filingDate     the date it is filed; null when not given (then nothing is charged)
 * @param daysLate       days after the due date up to the filing date; 0 when on time
 * @param nilReturn      whether the return has no tax payable (the nil-return late fee applies)
 * @param cashTax        the tax paid in cash, per head: the base of the interest
 * @param interest       interest per head
 * @param lateFeePerAct  the late fee under each of the CGST and SGST Acts
 * @param lateFeeCapPerAct the cap that applied
 */
public record LateFiling(LocalDate dueDate, LocalDate filingDate, long daysLate, boolean nilReturn, TaxHeads cashTax,
                         TaxHeads interest, BigDecimal lateFeePerAct, BigDecimal lateFeeCapPerAct) {

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The due date of a monthly return: the due day of the month after the period. */
    public static LocalDate dueDate(GstReturnPeriod period, LateFilingRules rules) {
        return period.next().firstDay().withDayOfMonth(rules.dueDayOfNextMonth());
    }

    /**
     * Computes interest and late fee.
     *
     * @param period            the return period; must not be null
     * @param filingDate        the filing date; null means not yet known and yields zero interest and fee
     * @param cashTax           the tax paid in cash per head; must not be null
     * @param nilReturn         whether no tax at all is payable in the return
     * @param aggregateTurnover aggregate turnover of the preceding financial year; null when unknown (highest cap)
     * @param rules             the dated rules for the period; must not be null
     */
    public static LateFiling compute(GstReturnPeriod period, LocalDate filingDate, TaxHeads cashTax, boolean nilReturn,
                                     BigDecimal aggregateTurnover, LateFilingRules rules) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(cashTax, "cashTax must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
        LocalDate due = dueDate(period, rules);
        long days = filingDate == null || !filingDate.isAfter(due) ? 0 : ChronoUnit.DAYS.between(due, filingDate);
        TaxHeads interest = new TaxHeads(interest(cashTax.igst(), days, rules), interest(cashTax.cgst(), days, rules),
                interest(cashTax.sgst(), days, rules), interest(cashTax.cess(), days, rules));
        BigDecimal perDay = nilReturn ? rules.nilLateFeePerDay() : rules.lateFeePerDay();
        BigDecimal cap = nilReturn ? rules.nilLateFeeCap() : rules.capFor(aggregateTurnover);
        BigDecimal fee = Money.of(perDay.multiply(BigDecimal.valueOf(days)).min(cap));
        return new LateFiling(due, filingDate, days, nilReturn, cashTax, interest, fee, cap);
    }

    /** Table 5.1 as the return reports it. */
    public Gstr3bReturn.InterestAndLateFee table51() {
        return new Gstr3bReturn.InterestAndLateFee(interest, new TaxHeads(Money.ZERO, lateFeePerAct, lateFeePerAct,
                Money.ZERO));
    }

    private static BigDecimal interest(BigDecimal cash, long days, LateFilingRules rules) {
        if (days == 0 || cash.signum() <= 0) {
            return Money.ZERO;
        }
        // one division at the end keeps the paise exact: cash × rate × days / (100 × 365)
        return cash.multiply(rules.interestRatePercent()).multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(DAYS_IN_YEAR), 2, RoundingMode.HALF_UP);
    }
}

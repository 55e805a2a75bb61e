package dev.lekha.mappings.gst.gstr3b;

import static dev.lekha.mappings.gst.gstr3b.HandWorkedPeriod.RULES;
import static dev.lekha.mappings.gst.gstr3b.HandWorkedPeriod.tax;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Interest under section 50(1) of the CGST Act (18% p.a., Notification 13/2017-Central Tax) on tax paid
 * in cash, and late fee under section 47 as limited by Notifications 76/2018 and 19/2021-Central Tax
 * (per Act: Rs 25 a day, Rs 10 for a nil return; caps Rs 250 nil, Rs 1,000 up to Rs 1.5 crore turnover,
 * Rs 2,500 up to Rs 5 crore, Rs 5,000 above).
 */
class LateFilingTest {

    private static final GstReturnPeriod NOV_2026 = GstReturnPeriod.of(2026, 11);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 20);

    @Test
    void dueDateIsTheTwentiethOfTheNextMonth() {
        assertThat(LateFiling.dueDate(NOV_2026, RULES)).isEqualTo(DUE);
        assertThat(LateFiling.dueDate(GstReturnPeriod.of(2026, 12), RULES)).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void tenThousandOfCgstPaidTenDaysLateCarriesInterestOf49_32() {
        // when: 10,000 × 18% × 10/365 = 49.3150… → 49.32
        LateFiling f = LateFiling.compute(NOV_2026, DUE.plusDays(10), tax("0", "10000", "0"), false, null, RULES);

        // then
        assertThat(f.daysLate()).isEqualTo(10);
        assertThat(f.interest()).isEqualTo(tax("0.00", "49.32", "0.00"));
    }

    @Test
    void interestRunsPerDayAndPerHead() {
        // when: 1 day late on IGST 36,500 → 36,500 × 18% × 1/365 = 18.00; SGST 1,000 × 18% / 365 = 0.4931 → 0.49;
        // cess 99.99 × 18% / 365 = 0.0493 → 0.05
        LateFiling f = LateFiling.compute(NOV_2026, DUE.plusDays(1),
                new TaxHeads(new BigDecimal("36500"), BigDecimal.ZERO, new BigDecimal("1000"), new BigDecimal("99.99")),
                false, null, RULES);

        // then
        assertThat(f.interest()).isEqualTo(new TaxHeads(new BigDecimal("18.00"), BigDecimal.ZERO,
                new BigDecimal("0.49"), new BigDecimal("0.05")));
    }

    @Test
    void onTimeOrWithoutAFilingDateNothingIsCharged() {
        LateFiling onDueDate = LateFiling.compute(NOV_2026, DUE, tax("5000", "0", "0"), false, null, RULES);
        LateFiling early = LateFiling.compute(NOV_2026, DUE.minusDays(3), tax("5000", "0", "0"), false, null, RULES);
        LateFiling unknown = LateFiling.compute(NOV_2026, null, tax("5000", "0", "0"), false, null, RULES);

        for (LateFiling f : new LateFiling[] {onDueDate, early, unknown}) {
            assertThat(f.daysLate()).isZero();
            assertThat(f.table51()).isEqualTo(Gstr3bReturn.InterestAndLateFee.NONE);
        }
    }

    @Test
    void lateFeeIsPerDayUpToTheCapOfTheTaxpayersClass() {
        // nil return 20 days: 20 × 10 = 200 per Act (under the 250 cap)
        assertThat(fee(20, true, "100000000")).isEqualByComparingTo("200.00");
        // nil return 40 days: 400, capped at 250
        assertThat(fee(40, true, "100000000")).isEqualByComparingTo("250.00");
        // turnover Rs 1 crore, 30 days: 30 × 25 = 750 (cap 1,000)
        assertThat(fee(30, false, "10000000")).isEqualByComparingTo("750.00");
        // turnover Rs 1.5 crore exactly, 50 days: 1,250 capped at 1,000 (slab "up to Rs 1.5 crore")
        assertThat(fee(50, false, "15000000")).isEqualByComparingTo("1000.00");
        // turnover Rs 1.5 crore + 1 paisa, 50 days: 1,250 under the 2,500 cap
        assertThat(fee(50, false, "15000000.01")).isEqualByComparingTo("1250.00");
        // turnover Rs 6 crore, 300 days: 7,500 capped at 5,000 (section 47(1))
        assertThat(fee(300, false, "60000000")).isEqualByComparingTo("5000.00");
        // turnover unknown: the highest cap
        assertThat(fee(300, false, null)).isEqualByComparingTo("5000.00");
    }

    @Test
    void lateFeeIsWrittenUnderCgstAndSgstInEqualAmounts() {
        LateFiling f = LateFiling.compute(NOV_2026, DUE.plusDays(4), tax("100", "0", "0"), false, null, RULES);

        // 4 × 25 = 100.00 under each Act, none under IGST or cess
        assertThat(f.table51().lateFee()).isEqualTo(tax("0", "100.00", "100.00"));
    }

    private static BigDecimal fee(int days, boolean nil, String turnover) {
        return LateFiling.compute(NOV_2026, DUE.plusDays(days), TaxHeads.ZERO, nil,
                turnover == null ? null : new BigDecimal(turnover), RULES).lateFeePerAct();
    }
}

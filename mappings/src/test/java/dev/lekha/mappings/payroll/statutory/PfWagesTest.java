package dev.lekha.mappings.payroll.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PF wages under the Code on Social Security, 2020, s.2(88) and its proviso (the one-half rule). */
class PfWagesTest {

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    @Test
    void excludedAllowancesAboveHalfOfRemunerationAreAddedBack() {
        // basic 10,000; HRA, conveyance and the like 20,000; total 30,000. Half is 15,000; 20,000 − 15,000 = 5,000
        // is added back: 10,000 + 5,000 = 15,000
        assertThat(PfWages.of(bd("10000"), bd("20000"), bd("30000"))).isEqualByComparingTo("15000.00");
    }

    @Test
    void excludedAllowancesUpToHalfStayOut() {
        // basic + DA 15,000, exclusions 15,000 of 30,000: exactly half, nothing added back
        assertThat(PfWages.of(bd("15000"), bd("15000"), bd("30000"))).isEqualByComparingTo("15000.00");
        // basic 12,000, exclusions 9,000 of 30,000 (the other 9,000 is wages the payroll does not flag as PF wage)
        assertThat(PfWages.of(bd("12000"), bd("9000"), bd("30000"))).isEqualByComparingTo("12000.00");
    }

    @Test
    void paiseAreKeptAndANotifiedShareIsHonoured() {
        // basic 8,000.50, exclusions 12,000.25, total 20,000.75: half 10,000.375; excess 1,999.875;
        // 8,000.50 + 1,999.875 = 10,000.375 → 10,000.38
        assertThat(PfWages.of(bd("8000.50"), bd("12000.25"), bd("20000.75"))).isEqualByComparingTo("10000.38");
        // a notified 40%: 40% of 30,000 = 12,000; 20,000 − 12,000 = 8,000 added: 18,000
        assertThat(PfWages.of(bd("10000"), bd("20000"), bd("30000"), bd("40"))).isEqualByComparingTo("18000.00");
    }

    @Test
    void totalRemunerationMustIncludeTheParts() {
        assertThatThrownBy(() -> PfWages.of(bd("10000"), bd("20000"), bd("25000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total remuneration 25000 is less than");
    }

    @Test
    void aCeilingGapOrOverlapFailsNamingTheDay() {
        List<DatedAmount> gap = List.of(
                new DatedAmount(bd("15000"), LocalDate.of(2014, 9, 1), LocalDate.of(2026, 9, 15), "a"),
                new DatedAmount(bd("25000"), LocalDate.of(2026, 9, 17), null, "b"));
        assertThatThrownBy(() -> PfWageCeiling.forMonth(YearMonth.of(2026, 9), gap))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-09-16");
        List<DatedAmount> overlap = List.of(
                new DatedAmount(bd("15000"), LocalDate.of(2014, 9, 1), null, "a"),
                new DatedAmount(bd("25000"), LocalDate.of(2026, 9, 17), null, "b"));
        assertThatThrownBy(() -> PfWageCeiling.forMonth(YearMonth.of(2026, 9), overlap))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("overlap on 2026-09-17");
    }
}

package dev.lekha.mappings.payroll.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LWF due and not-due months on V19's Maharashtra rows (MLWF (Amendment) Act 2024: 25 / 75 in June and December)
 * and Karnataka's (KLWF (Amendment) Act 2024: 50 / 100 in December). All six states are checked against the
 * database in batch-jobs PayrollRulesSourceIT.
 */
class LabourWelfareFundCalculatorTest {

    static Band due(String month, int amount) {
        return new Band(month, BigDecimal.ZERO, null, BigDecimal.valueOf(amount));
    }

    static final LwfRules MH = new LwfRules("MH", List.of(due("06", 25), due("12", 25)), List.of(due("06", 75), due("12", 75)));
    static final LwfRules KA = new LwfRules("KA", List.of(due("12", 50)), List.of(due("12", 100)));

    @Test
    void maharashtraInJuneAndDecemberOnly() {
        assertThat(LabourWelfareFundCalculator.contribution(MH, new BigDecimal("40000"), YearMonth.of(2026, 6)))
                .isEqualTo(new LwfContribution(BigDecimal.valueOf(25), BigDecimal.valueOf(75)));
        assertThat(LabourWelfareFundCalculator.contribution(MH, new BigDecimal("2000"), YearMonth.of(2026, 12)))
                .isEqualTo(new LwfContribution(BigDecimal.valueOf(25), BigDecimal.valueOf(75)));
        assertThat(LabourWelfareFundCalculator.contribution(MH, new BigDecimal("40000"), YearMonth.of(2026, 7)))
                .isEqualTo(LwfContribution.NONE);
    }

    @Test
    void karnatakaOnceAYearInDecember() {
        assertThat(LabourWelfareFundCalculator.contribution(KA, new BigDecimal("30000"), YearMonth.of(2026, 12)))
                .isEqualTo(new LwfContribution(BigDecimal.valueOf(50), BigDecimal.valueOf(100)));
        assertThat(LabourWelfareFundCalculator.contribution(KA, new BigDecimal("30000"), YearMonth.of(2026, 6)))
                .isEqualTo(LwfContribution.NONE);
    }

    @Test
    void aStateWithoutAFundYieldsZero() {
        assertThat(LabourWelfareFundCalculator.contribution(LwfRules.none("DL"), new BigDecimal("30000"),
                YearMonth.of(2026, 12))).isEqualTo(LwfContribution.NONE);
    }
}

package dev.lekha.mappings.payroll.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * ESI with the rules V19 loads: 0.75% / 3.25% (rule 51, G.S.R. 423(E), from 1 July 2019), both shares rounded up
 * to the next rupee (rule 51), ceiling 21,000 (rule 50, from 1 January 2017) judged at the start of the contribution
 * period (s.2(9) proviso; periods April–September and October–March), employee's share nil for an average daily
 * wage up to and including 176 (s.42(1), rule 52, G.S.R. 638(E)).
 */
class EsiCalculatorTest {

    static final EsiRules RULES = new EsiRules(new BigDecimal("0.75"), new BigDecimal("3.25"), new BigDecimal("21000"),
            new BigDecimal("176"));

    static EsiContribution esi(String wages, boolean covered) {
        BigDecimal w = new BigDecimal(wages);
        // monthly rated: average daily wage = wages / 26 (rule 2(1-B)(a))
        return EsiCalculator.compute(RULES, new EsiInput(w, covered, w.divide(BigDecimal.valueOf(26), 2, RoundingMode.HALF_UP)));
    }

    @Test
    void bothSharesAreRoundedUpToTheNextRupee() {
        // 15,050 × 0.75% = 112.875 → 113; × 3.25% = 489.125 → 490
        EsiContribution c = esi("15050", true);
        assertThat(c.employee()).isEqualByComparingTo("113");
        assertThat(c.employer()).isEqualByComparingTo("490");
        // 20,010 × 0.75% = 150.075 → 151 (up, not to the nearest); × 3.25% = 650.325 → 651
        EsiContribution d = esi("20010", true);
        assertThat(d.employee()).isEqualByComparingTo("151");
        assertThat(d.employer()).isEqualByComparingTo("651");
        // whole rupees stay: 20,000 → 150 and 650
        EsiContribution e = esi("20000", true);
        assertThat(e.employee()).isEqualByComparingTo("150");
        assertThat(e.employer()).isEqualByComparingTo("650");
    }

    @Test
    void coverageIsDecidedAtThePeriodStartAndHoldsWhenWagesRiseAboveTheCeiling() {
        // April 2026 wages 20,000 ≤ 21,000: covered April–September 2026
        assertThat(EsiContributionPeriod.of(YearMonth.of(2026, 8)))
                .isEqualTo(new EsiContributionPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 9)));
        assertThat(EsiCalculator.coveredFor(RULES, new BigDecimal("20000"))).isTrue();
        // a raise to 25,000 in August: still covered, contributions on all of it: 187.50 → 188; 812.50 → 813
        EsiContribution august = esi("25000", true);
        assertThat(august.esiWages()).isEqualByComparingTo("25000");
        assertThat(august.employee()).isEqualByComparingTo("188");
        assertThat(august.employer()).isEqualByComparingTo("813");
        // October 2026 starts a new period (to March 2027) with wages 25,000 > 21,000: not covered, nothing due
        assertThat(EsiContributionPeriod.of(YearMonth.of(2026, 10)))
                .isEqualTo(new EsiContributionPeriod(YearMonth.of(2026, 10), YearMonth.of(2027, 3)));
        assertThat(EsiCalculator.coveredFor(RULES, new BigDecimal("25000"))).isFalse();
        EsiContribution october = esi("25000", false);
        assertThat(october.employee()).isEqualByComparingTo("0");
        assertThat(october.employer()).isEqualByComparingTo("0");
    }

    @Test
    void theCeilingItselfIsCovered() {
        assertThat(EsiCalculator.coveredFor(RULES, new BigDecimal("21000"))).isTrue();
        assertThat(EsiCalculator.coveredFor(RULES, new BigDecimal("21000.01"))).isFalse();
    }

    @Test
    void periodsRunAprilToSeptemberAndOctoberToMarch() {
        assertThat(EsiContributionPeriod.of(YearMonth.of(2027, 2)).firstMonth()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(EsiContributionPeriod.of(YearMonth.of(2026, 4)).firstMonth()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(EsiContributionPeriod.of(YearMonth.of(2026, 9)).lastMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(EsiContributionPeriod.of(YearMonth.of(2027, 3)).contains(YearMonth.of(2026, 10))).isTrue();
    }

    @Test
    void lowDailyWageExemptsTheEmployeeShareOnly() {
        // 4,500 / 26 = 173.08 ≤ 176: employee nil; employer 4,500 × 3.25% = 146.25 → 147
        EsiContribution low = esi("4500", true);
        assertThat(low.employee()).isEqualByComparingTo("0");
        assertThat(low.employer()).isEqualByComparingTo("147");
        // 4,576 / 26 = 176.00: "up to and inclusive of" 176, still exempt; employer 148.72 → 149
        EsiContribution edge = esi("4576", true);
        assertThat(edge.employee()).isEqualByComparingTo("0");
        assertThat(edge.employer()).isEqualByComparingTo("149");
        // 4,577 / 26 = 176.04: pays 34.3275 → 35; employer 148.7525 → 149
        EsiContribution above = esi("4577", true);
        assertThat(above.employee()).isEqualByComparingTo("35");
        assertThat(above.employer()).isEqualByComparingTo("149");
    }
}

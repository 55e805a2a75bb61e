package dev.lekha.mappings.payroll.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PF at wages 10,000, 15,000 and 35,000 before (August 2026, ceiling 15,000), after (October 2026, ceiling 25,000)
 * and across the ceiling change (September 2026: 15,000 × 16/30 + 25,000 × 14/30 = 19,666.67), with and without the
 * actual-wages option. Rates as V19 loads them: employee 12% (s.6 EPF &amp; MP Act), EPS 8.33% (para 3(2) EPS 1995),
 * EDLI 0.5% (para 8 EDLI 1976), admin 0.5% (S.O. 2011(E), 21 May 2018). Each contribution rounded to the nearest
 * rupee, half up (EPFO ECR); employer EPF = employer 12% − EPS. Every expected figure worked by hand in the comments.
 */
class PfCalculatorTest {

    static final YearMonth AUGUST = YearMonth.of(2026, 8);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    static final List<DatedAmount> CEILINGS = List.of(
            new DatedAmount(new BigDecimal("15000"), LocalDate.of(2014, 9, 1), LocalDate.of(2026, 9, 16), "G.S.R. 609(E)"),
            new DatedAmount(new BigDecimal("25000"), LocalDate.of(2026, 9, 17), null, "issue 6"));

    static PfRules rules(YearMonth month) {
        return new PfRules(new BigDecimal("12"), new BigDecimal("12"), new BigDecimal("8.33"), new BigDecimal("0.5"),
                new BigDecimal("0.5"), new BigDecimal("500"), PfWageCeiling.forMonth(month, CEILINGS), 58,
                new BigDecimal("50"));
    }

    static PfContribution pf(YearMonth month, int wages, boolean actual) {
        return PfCalculator.compute(rules(month), new PfInput(BigDecimal.valueOf(wages), actual, true, false));
    }

    static void assertPf(PfContribution c, String pfWages, String epsWages, String edliWages, int employee, int eps,
                         int epfEmployer, int edli, int admin) {
        assertThat(c.pfWages()).as("PF wages").isEqualByComparingTo(pfWages);
        assertThat(c.epsWages()).as("EPS wages").isEqualByComparingTo(epsWages);
        assertThat(c.edliWages()).as("EDLI wages").isEqualByComparingTo(edliWages);
        assertThat(c.epfEmployee()).as("employee").isEqualByComparingTo(BigDecimal.valueOf(employee));
        assertThat(c.epsEmployer()).as("EPS").isEqualByComparingTo(BigDecimal.valueOf(eps));
        assertThat(c.epfEmployer()).as("employer EPF").isEqualByComparingTo(BigDecimal.valueOf(epfEmployer));
        assertThat(c.edliEmployer()).as("EDLI").isEqualByComparingTo(BigDecimal.valueOf(edli));
        assertThat(c.adminEmployer()).as("admin").isEqualByComparingTo(BigDecimal.valueOf(admin));
    }

    @Test
    void theMonthsCeilings() {
        // 15,000 × 16 + 25,000 × 14 = 5,90,000; / 30 = 19,666.666… → 19,666.67
        assertThat(rules(AUGUST).wageCeiling()).isEqualByComparingTo("15000.00");
        assertThat(rules(SEPTEMBER).wageCeiling()).isEqualByComparingTo("19666.67");
        assertThat(rules(OCTOBER).wageCeiling()).isEqualByComparingTo("25000.00");
    }

    @Test
    void tenThousandIsBelowEveryCeilingSoTheSameInAllThreeMonthsWithOrWithoutTheOption() {
        // 12% = 1,200; EPS 8.33% = 833.00; EPF 1,200 − 833 = 367; EDLI and admin 0.5% = 50
        for (YearMonth month : List.of(AUGUST, SEPTEMBER, OCTOBER)) {
            for (boolean actual : List.of(false, true)) {
                assertPf(pf(month, 10_000, actual), "10000", "10000", "10000", 1200, 833, 367, 50, 50);
            }
        }
    }

    @Test
    void fifteenThousandIsAtOrBelowEveryCeiling() {
        // 12% = 1,800; EPS 8.33% = 1,249.50 → 1,250 (half up); EPF 1,800 − 1,250 = 550; EDLI, admin 75
        for (YearMonth month : List.of(AUGUST, SEPTEMBER, OCTOBER)) {
            for (boolean actual : List.of(false, true)) {
                assertPf(pf(month, 15_000, actual), "15000", "15000", "15000", 1800, 1250, 550, 75, 75);
            }
        }
    }

    @Test
    void thirtyFiveThousandInAugustIsCappedAtFifteenThousandUnlessOnActualWages() {
        // capped: as 15,000 above
        assertPf(pf(AUGUST, 35_000, false), "15000", "15000", "15000", 1800, 1250, 550, 75, 75);
        // actual: 12% × 35,000 = 4,200; EPS stays 1,250 (capped); EPF 4,200 − 1,250 = 2,950; EDLI 75 (capped);
        // admin 0.5% of the wages contributed on, 35,000 = 175
        assertPf(pf(AUGUST, 35_000, true), "35000", "15000", "15000", 4200, 1250, 2950, 75, 175);
    }

    @Test
    void thirtyFiveThousandInOctoberIsCappedAtTwentyFiveThousandUnlessOnActualWages() {
        // capped 25,000: 12% = 3,000; EPS 8.33% = 2,082.50 → 2,083; EPF 3,000 − 2,083 = 917; EDLI, admin 125
        assertPf(pf(OCTOBER, 35_000, false), "25000", "25000", "25000", 3000, 2083, 917, 125, 125);
        // actual: 4,200; EPS 2,083; EPF 4,200 − 2,083 = 2,117; EDLI 125; admin 175
        assertPf(pf(OCTOBER, 35_000, true), "35000", "25000", "25000", 4200, 2083, 2117, 125, 175);
    }

    @Test
    void thirtyFiveThousandInSeptemberIsCappedAtTheProratedCeiling() {
        // capped 19,666.67: 12% = 2,360.0004 → 2,360; EPS 8.33% = 1,638.2336 → 1,638; EPF 2,360 − 1,638 = 722;
        // EDLI and admin 0.5% = 98.33 → 98
        assertPf(pf(SEPTEMBER, 35_000, false), "19666.67", "19666.67", "19666.67", 2360, 1638, 722, 98, 98);
        // actual: 4,200; EPS 1,638; EPF 4,200 − 1,638 = 2,562; EDLI 98; admin 0.5% × 35,000 = 175
        assertPf(pf(SEPTEMBER, 35_000, true), "35000", "19666.67", "19666.67", 4200, 1638, 2562, 98, 175);
    }

    @Test
    void noEpsForAnExcludedEmployeeOrAMemberPastFiftyEight() {
        // the employer's whole 12% (1,800 on 15,000) goes to EPF; EDLI continues on capped wages
        PfContribution excluded = PfCalculator.compute(rules(OCTOBER),
                new PfInput(new BigDecimal("15000"), false, false, false));
        assertPf(excluded, "15000", "0", "15000", 1800, 0, 1800, 75, 75);
        PfContribution pastAge = PfCalculator.compute(rules(OCTOBER),
                new PfInput(new BigDecimal("35000"), false, true, true));
        // capped 25,000: 3,000 employee, 3,000 employer EPF
        assertPf(pastAge, "25000", "0", "25000", 3000, 0, 3000, 125, 125);
    }

    @Test
    void epsStopsFromTheMonthAfterTheFiftyEighthBirthday() {
        // born 15 Aug 1968: 58 on 15 Aug 2026; born 1 Sep 1968: 58 on 1 Sep 2026, not before 1 Sep
        assertThat(PfCalculator.epsAgeExceeded(rules(AUGUST), LocalDate.of(1968, 8, 15), AUGUST)).isFalse();
        assertThat(PfCalculator.epsAgeExceeded(rules(SEPTEMBER), LocalDate.of(1968, 8, 15), SEPTEMBER)).isTrue();
        assertThat(PfCalculator.epsAgeExceeded(rules(SEPTEMBER), LocalDate.of(1968, 9, 1), SEPTEMBER)).isFalse();
        assertThat(PfCalculator.epsAgeExceeded(rules(OCTOBER), LocalDate.of(1968, 9, 1), OCTOBER)).isTrue();
        assertThat(PfCalculator.epsAgeExceeded(rules(OCTOBER), null, OCTOBER)).isFalse();
    }

    @Test
    void employeeShareRoundsHalfUpToTheRupee() {
        // 12,345.60: 12% = 1,481.472 → 1,481; EPS 8.33% = 1,028.388… → 1,028; EPF 1,481 − 1,028 = 453;
        // EDLI 0.5% = 61.728 → 62; admin 62
        PfContribution c = PfCalculator.compute(rules(AUGUST), new PfInput(new BigDecimal("12345.60"), false, true, false));
        assertPf(c, "12345.60", "12345.60", "12345.60", 1481, 1028, 453, 62, 62);
    }

    @Test
    void theEstablishmentPaysAtLeastFiveHundredRupeesOfAdminCharges() {
        // S.O. 2011(E): 0.5% × 70,000 = 350 → the minimum 500; 0.5% × 2,00,001 = 1,000.005 → 1,000
        assertThat(PfCalculator.establishmentAdminCharge(rules(OCTOBER), new BigDecimal("70000"))).isEqualByComparingTo("500");
        assertThat(PfCalculator.establishmentAdminCharge(rules(OCTOBER), new BigDecimal("200001"))).isEqualByComparingTo("1000");
    }
}

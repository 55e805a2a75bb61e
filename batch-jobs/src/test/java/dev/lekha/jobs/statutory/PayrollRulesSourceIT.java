package dev.lekha.jobs.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.mappings.payroll.statutory.LabourWelfareFundCalculator;
import dev.lekha.mappings.payroll.statutory.LwfContribution;
import dev.lekha.mappings.payroll.statutory.PayrollStatutoryRules;
import dev.lekha.mappings.payroll.statutory.PfCalculator;
import dev.lekha.mappings.payroll.statutory.PfContribution;
import dev.lekha.mappings.payroll.statutory.PfInput;
import dev.lekha.mappings.payroll.statutory.ProfessionalTaxCalculator;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The V19 rows as {@link PayrollRulesSource} reads them from PostgreSQL, run through the calculators: the PF
 * ceiling before, across and after the September 2026 change; every state's professional-tax band edges; every
 * state's LWF due and not-due months; zero rules for a state without PT or LWF; clear failures for missing rows.
 * Sources of each figure are the rows' source notes (V19) and docs/payroll-statutory.md.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class PayrollRulesSourceIT {

    static final YearMonth JANUARY_2027 = YearMonth.of(2027, 1);
    static final YearMonth FEBRUARY_2027 = YearMonth.of(2027, 2);

    @Autowired
    PayrollRulesSource source;

    BigDecimal pt(String state, String gender, String gross, YearMonth month) {
        return ProfessionalTaxCalculator.monthly(source.forMonth(month, state).pt(), gender, new BigDecimal(gross), month);
    }

    LwfContribution lwf(String state, int month) {
        YearMonth m = YearMonth.of(2026, month);
        return LabourWelfareFundCalculator.contribution(source.forMonth(m, state).lwf(), new BigDecimal("30000"), m);
    }

    static LwfContribution lwf(int employee, int employer) {
        return new LwfContribution(BigDecimal.valueOf(employee), BigDecimal.valueOf(employer));
    }

    @Test
    void pfCeilingIsProratedAcrossSeptember2026FromTheDatedRows() {
        assertThat(source.forMonth(YearMonth.of(2026, 8), "MH").pf().wageCeiling()).isEqualByComparingTo("15000");
        // (15,000 × 16 + 25,000 × 14) / 30 = 19,666.67
        PayrollStatutoryRules september = source.forMonth(YearMonth.of(2026, 9), "MH");
        assertThat(september.pf().wageCeiling()).isEqualByComparingTo("19666.67");
        assertThat(source.forMonth(YearMonth.of(2026, 10), "MH").pf().wageCeiling()).isEqualByComparingTo("25000");
        // rates from the rows: 12 / 12 / 8.33 / 0.5 / 0.5, admin minimum 500, EPS to 58, the Code's one-half
        assertThat(september.pf().employeeRatePercent()).isEqualByComparingTo("12");
        assertThat(september.pf().epsRatePercent()).isEqualByComparingTo("8.33");
        assertThat(september.pf().adminMinimumPerEstablishment()).isEqualByComparingTo("500");
        assertThat(september.pf().epsMaxAge()).isEqualTo(58);
        assertThat(september.pf().wageExclusionLimitPercent()).isEqualByComparingTo("50");
        // 35,000 capped at 19,666.67: 2,360 / EPS 1,638 / EPF 722 / EDLI 98 (see PfCalculatorTest)
        PfContribution c = PfCalculator.compute(september.pf(), new PfInput(new BigDecimal("35000"), false, true, false));
        assertThat(c.epfEmployee()).isEqualByComparingTo("2360");
        assertThat(c.epsEmployer()).isEqualByComparingTo("1638");
        assertThat(c.epfEmployer()).isEqualByComparingTo("722");
        assertThat(c.edliEmployer()).isEqualByComparingTo("98");
    }

    @Test
    void esiRulesFromTheRows() {
        var esi = source.forMonth(YearMonth.of(2026, 10), "KA").esi();
        assertThat(esi.employeeRatePercent()).isEqualByComparingTo("0.75");
        assertThat(esi.employerRatePercent()).isEqualByComparingTo("3.25");
        assertThat(esi.wageCeiling()).isEqualByComparingTo("21000");
        assertThat(esi.exemptAverageDailyWage()).isEqualByComparingTo("176");
    }

    @Test
    void maharashtraBandEdgesFebruaryAndWomen() {
        assertThat(pt("MH", "M", "7500", JANUARY_2027)).isEqualByComparingTo("0");
        assertThat(pt("MH", "M", "7500.01", JANUARY_2027)).isEqualByComparingTo("175");
        assertThat(pt("MH", "M", "10000", FEBRUARY_2027)).isEqualByComparingTo("175");
        assertThat(pt("MH", "M", "10000.01", JANUARY_2027)).isEqualByComparingTo("200");
        assertThat(pt("MH", "M", "10000.01", FEBRUARY_2027)).isEqualByComparingTo("300");
        assertThat(pt("MH", "F", "25000", JANUARY_2027)).isEqualByComparingTo("0");
        assertThat(pt("MH", "F", "25000.01", JANUARY_2027)).isEqualByComparingTo("200");
        assertThat(pt("MH", "F", "25000.01", FEBRUARY_2027)).isEqualByComparingTo("300");
    }

    @Test
    void karnatakaFromTwentyFiveThousandWithFebruaryAtThreeHundred() {
        assertThat(pt("KA", "M", "24999.99", JANUARY_2027)).isEqualByComparingTo("0");
        assertThat(pt("KA", "M", "25000", JANUARY_2027)).isEqualByComparingTo("200");
        assertThat(pt("KA", "F", "25000", FEBRUARY_2027)).isEqualByComparingTo("300");
        assertThat(pt("KA", "F", "24999.99", FEBRUARY_2027)).isEqualByComparingTo("0");
    }

    @Test
    void westBengalBandEdges() {
        assertThat(pt("WB", "M", "10000", JANUARY_2027)).isEqualByComparingTo("0");
        assertThat(pt("WB", "M", "10000.01", JANUARY_2027)).isEqualByComparingTo("110");
        assertThat(pt("WB", "M", "15000", JANUARY_2027)).isEqualByComparingTo("110");
        assertThat(pt("WB", "M", "15000.01", JANUARY_2027)).isEqualByComparingTo("130");
        assertThat(pt("WB", "M", "25000", JANUARY_2027)).isEqualByComparingTo("130");
        assertThat(pt("WB", "M", "25000.01", JANUARY_2027)).isEqualByComparingTo("150");
        assertThat(pt("WB", "M", "40000", JANUARY_2027)).isEqualByComparingTo("150");
        assertThat(pt("WB", "F", "40000.01", FEBRUARY_2027)).isEqualByComparingTo("200");
    }

    @Test
    void tamilNaduHalfYearlyBandEdgesDeductedInSeptemberAndMarch() {
        YearMonth september = YearMonth.of(2026, 9);
        // monthly × 6 against the half-year bands
        assertThat(pt("TN", "M", "3500", september)).isEqualByComparingTo("0");        // 21,000
        assertThat(pt("TN", "M", "3500.01", september)).isEqualByComparingTo("180");   // 21,000.06
        assertThat(pt("TN", "M", "5000", september)).isEqualByComparingTo("180");      // 30,000
        assertThat(pt("TN", "M", "5000.01", september)).isEqualByComparingTo("425");   // 30,000.06
        assertThat(pt("TN", "M", "7500", september)).isEqualByComparingTo("425");      // 45,000
        assertThat(pt("TN", "M", "7500.01", september)).isEqualByComparingTo("930");   // 45,000.06
        assertThat(pt("TN", "M", "10000", september)).isEqualByComparingTo("930");     // 60,000
        assertThat(pt("TN", "M", "10000.01", september)).isEqualByComparingTo("1025"); // 60,000.06
        assertThat(pt("TN", "M", "12500", september)).isEqualByComparingTo("1025");    // 75,000
        assertThat(pt("TN", "F", "12500.01", YearMonth.of(2027, 3))).isEqualByComparingTo("1250");
        assertThat(pt("TN", "M", "50000", YearMonth.of(2026, 10))).isEqualByComparingTo("0");
        assertThat(source.forMonth(september, "TN").pt().deductionMonths())
                .containsExactlyInAnyOrder(Month.SEPTEMBER, Month.MARCH);
    }

    @Test
    void telanganaAndGujaratBandEdges() {
        assertThat(pt("TG", "M", "15000", JANUARY_2027)).isEqualByComparingTo("0");
        assertThat(pt("TG", "M", "15000.01", JANUARY_2027)).isEqualByComparingTo("150");
        assertThat(pt("TG", "M", "20000", JANUARY_2027)).isEqualByComparingTo("150");
        assertThat(pt("TG", "M", "20000.01", FEBRUARY_2027)).isEqualByComparingTo("200");
        assertThat(pt("GJ", "M", "12000", JANUARY_2027)).isEqualByComparingTo("0");
        assertThat(pt("GJ", "M", "12000.01", JANUARY_2027)).isEqualByComparingTo("200");
        assertThat(pt("GJ", "F", "12000.01", FEBRUARY_2027)).isEqualByComparingTo("200");
    }

    @Test
    void labourWelfareFundDueAndNotDueMonthsForEveryState() {
        assertThat(lwf("MH", 6)).isEqualTo(lwf(25, 75));
        assertThat(lwf("MH", 12)).isEqualTo(lwf(25, 75));
        assertThat(lwf("MH", 7)).isEqualTo(LwfContribution.NONE);
        assertThat(lwf("KA", 12)).isEqualTo(lwf(50, 100));
        assertThat(lwf("KA", 6)).isEqualTo(LwfContribution.NONE);
        // West Bengal's employer share is 30 from January 2024 (15 before)
        assertThat(lwf("WB", 6)).isEqualTo(lwf(3, 30));
        assertThat(lwf("WB", 12)).isEqualTo(lwf(3, 30));
        YearMonth december2023 = YearMonth.of(2023, 12);
        assertThat(LabourWelfareFundCalculator.contribution(source.forMonth(december2023, "WB").lwf(),
                new BigDecimal("30000"), december2023)).isEqualTo(lwf(3, 15));
        assertThat(lwf("WB", 3)).isEqualTo(LwfContribution.NONE);
        assertThat(lwf("TN", 12)).isEqualTo(lwf(20, 40));
        assertThat(lwf("TN", 6)).isEqualTo(LwfContribution.NONE);
        assertThat(lwf("TG", 12)).isEqualTo(lwf(2, 5));
        assertThat(lwf("TG", 1)).isEqualTo(LwfContribution.NONE);
        assertThat(lwf("GJ", 6)).isEqualTo(lwf(6, 12));
        assertThat(lwf("GJ", 12)).isEqualTo(lwf(6, 12));
        assertThat(lwf("GJ", 1)).isEqualTo(LwfContribution.NONE);
    }

    @Test
    void aStateWithoutProfessionalTaxOrLwfGetsRulesThatYieldZero() {
        PayrollStatutoryRules delhi = source.forMonth(FEBRUARY_2027, "DL");
        assertThat(delhi.pt().slabs()).isEmpty();
        assertThat(delhi.lwf().employee()).isEmpty();
        assertThat(pt("DL", "M", "100000", FEBRUARY_2027)).isEqualByComparingTo("0");
        assertThat(delhi.pf().wageCeiling()).isEqualByComparingTo("25000");
    }

    @Test
    void aMissingRuleFailsNamingKindCodeAndDate() {
        // ESI rates are loaded from 1 July 2019 only
        assertThatThrownBy(() -> source.forMonth(YearMonth.of(2019, 6), "MH"))
                .isInstanceOf(MissingStatutoryRuleException.class)
                .hasMessageContaining("ESI/EMPLOYEE_RATE").hasMessageContaining("2019-06-01");
        // West Bengal has professional tax, but its bands are loaded from April 2021 only
        assertThatThrownBy(() -> source.forMonth(YearMonth.of(2021, 3), "WB"))
                .isInstanceOf(MissingStatutoryRuleException.class)
                .hasMessageContaining("PROFESSIONAL_TAX").hasMessageContaining("WB").hasMessageContaining("2021-03-01");
        assertThatThrownBy(() -> source.forMonth(YearMonth.of(2026, 9), "Maharashtra"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-letter");
    }

    @Test
    void rulesAreCachedPerMonthAndState() {
        YearMonth month = YearMonth.of(2026, 11);
        assertThat(source.forMonth(month, "GJ")).isSameAs(source.forMonth(month, "GJ"));
        assertThat(source.forMonth(month, "GJ")).isNotSameAs(source.forMonth(month, "TG"));
    }
}

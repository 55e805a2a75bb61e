package dev.lekha.mappings.incometax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** HRA exemption, deduction caps, age bands and the regime comparison, with hand-worked figures. */
class SalaryExemptionsTest {

    /** Rule 2A of the Income-tax Rules, 1962 (up to FY 2025-26): 50% in four cities, 40% elsewhere, rent over 10%. */
    static final HraRules HRA_2025_26 = new HraRules(new BigDecimal("50"), new BigDecimal("40"), new BigDecimal("10"),
            Set.of("Delhi", "New Delhi", "Mumbai", "Kolkata", "Chennai"));
    /** Income-tax Rules, 2026 (tax year 2026-27): Bengaluru, Hyderabad, Pune and Ahmedabad added. */
    static final HraRules HRA_2026_27 = new HraRules(new BigDecimal("50"), new BigDecimal("40"), new BigDecimal("10"),
            Set.of("Delhi", "New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Pune",
                    "Ahmedabad"));

    static final DeductionCaps CAPS = new DeductionCaps(rupees(150_000), rupees(50_000), rupees(14), rupees(10),
            rupees(25_000), rupees(50_000), rupees(25_000), rupees(50_000), rupees(200_000));

    @Test
    void bengaluruMovesFromFortyToFiftyPercentInTaxYear2026To27() {
        // basic + DA 6,00,000, HRA 3,00,000, rent 3,60,000: rent over 10% = 3,00,000;
        // 2025-26: 40% = 2,40,000 is the least; 2026-27: 50% = 3,00,000, all three equal
        HraExemption before = HraExemption.compute(HRA_2025_26, rupees(600_000), rupees(300_000), rupees(360_000), "Bengaluru");
        assertThat(before.listedCity()).isFalse();
        assertThat(before.cityLimit()).isEqualByComparingTo("240000");
        assertThat(before.rentExcess()).isEqualByComparingTo("300000");
        assertThat(before.exempt()).isEqualByComparingTo("240000");
        HraExemption after = HraExemption.compute(HRA_2026_27, rupees(600_000), rupees(300_000), rupees(360_000), " bengaluru ");
        assertThat(after.listedCity()).isTrue();
        assertThat(after.exempt()).isEqualByComparingTo("300000");
    }

    @Test
    void hraExemptionIsTheLeastOfTheThree() {
        // Mumbai, basic + DA 4,80,000, HRA 2,00,000, rent 2,20,000: 50% = 2,40,000; rent - 48,000 = 1,72,000 least
        assertThat(HraExemption.compute(HRA_2025_26, rupees(480_000), rupees(200_000), rupees(220_000), "MUMBAI").exempt())
                .isEqualByComparingTo("172000");
        // same with HRA 1,50,000: actual HRA least
        assertThat(HraExemption.compute(HRA_2025_26, rupees(480_000), rupees(150_000), rupees(220_000), "Mumbai").exempt())
                .isEqualByComparingTo("150000");
        // rent below 10% of salary: nothing exempt
        assertThat(HraExemption.compute(HRA_2025_26, rupees(480_000), rupees(150_000), rupees(40_000), "Mumbai").exempt())
                .isEqualByComparingTo("0");
    }

    @Test
    void deductionsAreCappedPerSection() {
        Map<String, BigDecimal> claims = new LinkedHashMap<>();
        claims.put("80C", rupees(120_000));
        claims.put("80CCD1", rupees(50_000));
        claims.put("80CCD1B", rupees(60_000));
        claims.put("80CCD2", rupees(100_000));
        claims.put("80D", rupees(30_000));
        claims.put("80D_PARENTS", rupees(60_000));
        claims.put("24b", rupees(250_000));
        // old, age 35, parents senior, basic + DA 6,00,000: 80C 1,20,000 + 80CCD1 30,000 (80CCE 1,50,000);
        // 80CCD1B 50,000; 80CCD2 10% = 60,000; 80D 25,000; parents 50,000; 24b 2,00,000 -> old-only 4,75,000
        DeductionCaps.Allowed old = CAPS.allow(claims, TaxRegime.OLD, AgeBand.of(35), true, rupees(600_000));
        assertThat(old.allowed().get("80CCD1")).isEqualByComparingTo("30000");
        assertThat(old.allowed().get("24B")).isEqualByComparingTo("200000");
        assertThat(old.oldRegimeOnly()).isEqualByComparingTo("475000");
        assertThat(old.everyRegime()).isEqualByComparingTo("60000");
        // a senior employee's own 80D limit is 50,000
        assertThat(CAPS.allow(claims, TaxRegime.OLD, AgeBand.of(62), true, rupees(600_000)).allowed().get("80D"))
                .isEqualByComparingTo("30000");
        // new: only employer NPS, 14% of 6,00,000 = 84,000
        DeductionCaps.Allowed fresh = CAPS.allow(claims, TaxRegime.NEW, AgeBand.of(35), true, rupees(600_000));
        assertThat(fresh.everyRegime()).isEqualByComparingTo("84000");
        assertThat(fresh.oldRegimeOnly()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> CAPS.allow(Map.of("80G", rupees(1)), TaxRegime.OLD, AgeBand.BELOW_60, false, null))
                .hasMessageStartingWith("deduction section '80G' is not known");
        assertThatThrownBy(() -> CAPS.allow(Map.of("80CCD2", rupees(1)), TaxRegime.NEW, AgeBand.BELOW_60, false, null))
                .hasMessageStartingWith("80CCD2:");
    }

    @Test
    void ageCountsIfReachedAnyTimeInTheYear() {
        // FY 2025-26 ends 31 March 2026; born 1 April 1966 reaches 60 on 31 March 2026, born 2 April 1966 does not
        assertThat(AgeBand.ageForYearEnding(LocalDate.of(1966, 4, 1), 2026)).isEqualTo(60);
        assertThat(AgeBand.ageForYearEnding(LocalDate.of(1966, 4, 2), 2026)).isEqualTo(59);
        assertThat(AgeBand.of(59)).isEqualTo(AgeBand.BELOW_60);
        assertThat(AgeBand.of(60)).isEqualTo(AgeBand.SENIOR_60_TO_79);
        assertThat(AgeBand.of(80)).isEqualTo(AgeBand.SUPER_SENIOR_80_PLUS);
    }

    @Test
    void employerNpsCountsInTheNewRegime() {
        // 16,75,000 + employer NPS 84,000 in salary, deducted again: taxable 16,00,000 -> 1,24,800 (as without NPS)
        TaxInput in = new TaxInput(rupees(1_759_000), null, null, null, null, rupees(84_000));
        assertThat(IncomeTaxCalculator.compute(IncomeTaxCalculatorTest.NEW_2025_26, in).totalTax()).isEqualByComparingTo("124800");
    }

    @Test
    void comparisonPicksTheLowerTaxAndNewOnATie() {
        // 16,75,000 with deductions 1,75,000 and HRA 1,00,000: new 1,24,800 < old 2,26,200
        TaxInput a = new TaxInput(rupees(1_675_000), null, rupees(175_000), rupees(100_000));
        RegimeComparison c = compare(a);
        assertThat(c.better()).isEqualTo(TaxRegime.NEW);
        assertThat(c.saving()).isEqualByComparingTo("101400");
        // 20,00,000 with HRA 3,60,000 and deductions 4,25,000: old taxable 11,65,000, tax 12,500 + 1,00,000 +
        // 1,65,000 x 30% = 1,62,000 + cess 6,480 = 1,68,480; new taxable 19,25,000, tax 1,20,000 + 65,000 = 1,85,000 +
        // 7,400 = 1,92,400; old better by 23,920
        RegimeComparison b = compare(new TaxInput(rupees(2_000_000), null, rupees(425_000), rupees(360_000)));
        assertThat(b.oldRegime().totalTax()).isEqualByComparingTo("168480");
        assertThat(b.newRegime().totalTax()).isEqualByComparingTo("192400");
        assertThat(b.better()).isEqualTo(TaxRegime.OLD);
        assertThat(b.saving()).isEqualByComparingTo("23920");
        // 5,00,000: nil in both, the tie goes to the default new regime
        RegimeComparison tie = compare(new TaxInput(rupees(500_000), null, null, null));
        assertThat(tie.better()).isEqualTo(TaxRegime.NEW);
        assertThat(tie.saving()).isEqualByComparingTo("0");
    }

    private static RegimeComparison compare(TaxInput in) {
        return RegimeComparison.of(IncomeTaxCalculator.compute(IncomeTaxCalculatorTest.NEW_2025_26, in),
                IncomeTaxCalculator.compute(IncomeTaxCalculatorTest.OLD_2025_26, in));
    }

    private static BigDecimal rupees(long amount) {
        return BigDecimal.valueOf(amount);
    }
}

package dev.lekha.mappings.payroll.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The band choice of professional tax (women's bands, February bands, half-yearly tax) on the V19 rows of
 * Maharashtra (Schedule I entry 1, from 1 April 2023) and Tamil Nadu (Greater Chennai Corporation, from October
 * 2024). Every state's real rows are checked at their edges against the database in batch-jobs PayrollRulesSourceIT.
 */
class ProfessionalTaxCalculatorTest {

    static final YearMonth JANUARY = YearMonth.of(2027, 1);
    static final YearMonth FEBRUARY = YearMonth.of(2027, 2);

    static Band band(String variant, String lower, String upper, int amount) {
        return new Band(variant, new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), BigDecimal.valueOf(amount));
    }

    static final PtRules MH = new PtRules("MH", List.of(
            band("-", "0", "7500", 0), band("-", "7500", "10000", 175), band("-", "10000", null, 200),
            band("02", "10000", null, 300),
            band("F", "0", "25000", 0), band("F", "25000", null, 200), band("F-02", "25000", null, 300)), 1, Set.of());

    static final PtRules TN = new PtRules("TN", List.of(
            band("-", "0", "21000", 0), band("-", "21000", "30000", 180), band("-", "30000", "45000", 425),
            band("-", "45000", "60000", 930), band("-", "60000", "75000", 1025), band("-", "75000", null, 1250)),
            6, Set.of(Month.SEPTEMBER, Month.MARCH));

    static BigDecimal pt(PtRules rules, String gender, String gross, YearMonth month) {
        return ProfessionalTaxCalculator.monthly(rules, gender, new BigDecimal(gross), month);
    }

    @Test
    void maharashtraMenByBand() {
        assertThat(pt(MH, "M", "7500", JANUARY)).isEqualByComparingTo("0");
        assertThat(pt(MH, "M", "7500.01", JANUARY)).isEqualByComparingTo("175");
        assertThat(pt(MH, "M", "10000", JANUARY)).isEqualByComparingTo("175");
        assertThat(pt(MH, "M", "10000.01", JANUARY)).isEqualByComparingTo("200");
    }

    @Test
    void maharashtraFebruaryIsThreeHundredAboveTenThousandOnly() {
        // 11 × 200 + 300 = 2,500 a year (Art. 276(2)); the 175 band has no February change (12 × 175 = 2,100)
        assertThat(pt(MH, "M", "50000", FEBRUARY)).isEqualByComparingTo("300");
        assertThat(pt(MH, "M", "9000", FEBRUARY)).isEqualByComparingTo("175");
        assertThat(pt(MH, "M", "7000", FEBRUARY)).isEqualByComparingTo("0");
    }

    @Test
    void maharashtraWomenAreExemptUpToTwentyFiveThousand() {
        assertThat(pt(MH, "F", "9000", JANUARY)).isEqualByComparingTo("0");
        assertThat(pt(MH, "F", "25000", JANUARY)).isEqualByComparingTo("0");
        assertThat(pt(MH, "F", "25000", FEBRUARY)).isEqualByComparingTo("0");
        assertThat(pt(MH, "F", "25000.01", JANUARY)).isEqualByComparingTo("200");
        assertThat(pt(MH, "F", "25000.01", FEBRUARY)).isEqualByComparingTo("300");
    }

    @Test
    void tamilNaduDeductsTheHalfYearsTaxInSeptemberAndMarchOnSixTimesTheMonth() {
        // 5,000 × 6 = 30,000: band 21,001–30,000 → 180, in September only
        assertThat(pt(TN, "M", "5000", YearMonth.of(2026, 9))).isEqualByComparingTo("180");
        assertThat(pt(TN, "M", "5000", YearMonth.of(2026, 8))).isEqualByComparingTo("0");
        // 12,500 × 6 = 75,000 → 1,025; 12,500.01 × 6 = 75,000.06 → 1,250 (March)
        assertThat(pt(TN, "F", "12500", YearMonth.of(2027, 3))).isEqualByComparingTo("1025");
        assertThat(pt(TN, "F", "12500.01", YearMonth.of(2027, 3))).isEqualByComparingTo("1250");
        // 3,500 × 6 = 21,000 → nil
        assertThat(pt(TN, "M", "3500", YearMonth.of(2027, 3))).isEqualByComparingTo("0");
    }

    @Test
    void aStateWithoutProfessionalTaxYieldsZero() {
        assertThat(pt(PtRules.none("DL"), "M", "100000", FEBRUARY)).isEqualByComparingTo("0");
    }

    @Test
    void aGapInTheBandsFailsNamingTheState() {
        PtRules gap = new PtRules("XX", List.of(band("-", "0", "5000", 0), band("-", "6000", null, 200)), 1, Set.of());
        assertThatThrownBy(() -> pt(gap, "M", "5500", JANUARY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("XX").hasMessageContaining("5500");
    }
}

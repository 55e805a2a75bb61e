package dev.lekha.jobs.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.mappings.incometax.DeductionCaps;
import dev.lekha.mappings.incometax.IncomeTaxCalculator;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxInput;
import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.SurchargeBand;
import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The V20 rows read back as rules, checked through the calculator with hand-worked figures (the statute's numbers
 * as in the migration's source notes).
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class IncomeTaxRulesSourceIT {

    private final IncomeTaxRulesSource source;

    IncomeTaxRulesSourceIT(IncomeTaxRulesSource source) {
        this.source = source;
    }

    @Test
    void newRegimeOfBothYearsGivesThePublishedFigures() {
        for (String fy : new String[] {"2025-26", "2026-27"}) {
            RegimeRules rules = source.rules(fy, TaxRegime.NEW, 35);
            // 16,75,000 - 75,000 = 16,00,000 -> 1,20,000 + cess 4,800
            assertThat(tax(rules, 1_675_000)).as(fy).isEqualByComparingTo("124800");
            // 12,85,000 - 75,000 = 12,10,000 -> marginal relief, 10,000 + cess 400
            assertThat(tax(rules, 1_285_000)).as(fy).isEqualByComparingTo("10400");
            // 12,75,000 -> 12,00,000: rebate 60,000 takes it all
            assertThat(tax(rules, 1_275_000)).as(fy).isEqualByComparingTo("0");
            assertThat(rules.surchargeBands()).extracting(SurchargeBand::ratePercent).map(BigDecimal::stripTrailingZeros)
                    .map(BigDecimal::toPlainString).containsExactly("10", "15", "25");
        }
    }

    @Test
    void salaryTdsWithoutPanIsTwentyPercentInBothRegimesAndYears() {
        // s.206AA(1)(iii) of the 1961 Act to 31 March 2026; s.397(2)(b) of the Income-tax Act, 2025 from 1 April 2026
        for (String fy : new String[] {"2025-26", "2026-27"}) {
            for (TaxRegime regime : TaxRegime.values()) {
                assertThat(source.rules(fy, regime, 40).salaryTdsWithoutPanPercent()).as(fy + " " + regime)
                        .isEqualByComparingTo("20");
            }
        }
    }

    @Test
    void oldRegimeSlabsFollowTheAgeBand() {
        // 7,50,000 - 50,000 = 7,00,000.
        // below 60: 2,50,000 x 5% + 2,00,000 x 20% = 12,500 + 40,000 = 52,500 + 2,100 = 54,600
        // 60 to 79: 2,00,000 x 5% + 2,00,000 x 20% = 50,000 + 2,000 = 52,000
        // 80 or more: 2,00,000 x 20% = 40,000 + 1,600 = 41,600
        for (String fy : new String[] {"2025-26", "2026-27"}) {
            assertThat(tax(source.rules(fy, TaxRegime.OLD, 59), 750_000)).as(fy).isEqualByComparingTo("54600");
            assertThat(tax(source.rules(fy, TaxRegime.OLD, 60), 750_000)).as(fy).isEqualByComparingTo("52000");
            assertThat(tax(source.rules(fy, TaxRegime.OLD, 79), 750_000)).as(fy).isEqualByComparingTo("52000");
            assertThat(tax(source.rules(fy, TaxRegime.OLD, 80), 750_000)).as(fy).isEqualByComparingTo("41600");
        }
        // old regime surcharge relief (IncomeTaxCalculatorTest): 50,60,000 -> 13,75,400; 37% above 5 crore
        RegimeRules old = source.rules("2025-26", TaxRegime.OLD, 40);
        assertThat(tax(old, 5_060_000)).isEqualByComparingTo("1375400");
        assertThat(old.surchargeBands()).hasSize(4);
        assertThat(old.rebateMarginalRelief()).isFalse();
        assertThat(old.allowsDeductions()).isTrue();
    }

    @Test
    void hraCitiesGrowToEightInTaxYear2026To27() {
        assertThat(source.hraRules("2025-26").isListed("Bengaluru")).isFalse();
        assertThat(source.hraRules("2025-26").isListed("New Delhi")).isTrue();
        assertThat(source.hraRules("2026-27").isListed("Bengaluru")).isTrue();
        assertThat(source.hraRules("2026-27").isListed("pune")).isTrue();
        assertThat(source.hraRules("2026-27").isListed("Ahmedabad")).isTrue();
        assertThat(source.hraRules("2026-27").isListed("Hyderabad")).isTrue();
        assertThat(source.hraRules("2026-27").isListed("Chennai")).isTrue();
        assertThat(source.hraRules("2026-27").isListed("Jaipur")).isFalse();
        assertThat(source.hraRules("2026-27").listedCityPercent()).isEqualByComparingTo("50");
    }

    @Test
    void deductionCapsAreRead() {
        DeductionCaps caps = source.deductionCaps("2026-27");
        assertThat(caps.cap80C()).isEqualByComparingTo("150000");
        assertThat(caps.employerNpsPercentNew()).isEqualByComparingTo("14");
        assertThat(caps.employerNpsPercentOld()).isEqualByComparingTo("10");
        assertThat(caps.selfOccupiedInterest()).isEqualByComparingTo("200000");
    }

    @Test
    void aYearWithoutRulesIsRefusedSayingWhatIsCovered() {
        assertThatThrownBy(() -> source.rules("2024-25", TaxRegime.NEW, 30))
                .isInstanceOf(MissingTaxRulesException.class)
                .hasMessage("No income-tax slabs for financial year 2024-25 (NEW): the rules cover [2025-26, 2026-27 onwards];"
                        + " add the year's INCOME_TAX_SLAB rows in a migration");
        assertThatThrownBy(() -> source.rules("2025", TaxRegime.NEW, 30))
                .hasMessage("financialYear '2025' is not of the form 2025-26");
    }

    private static BigDecimal tax(RegimeRules rules, long gross) {
        return IncomeTaxCalculator.compute(rules, new TaxInput(BigDecimal.valueOf(gross), null, null, null)).totalTax();
    }
}

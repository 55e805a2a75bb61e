package dev.lekha.mappings.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The churn model's figures worked by hand: P = 1 - exp(-d/m) with exp(-1) = 0.36787944, exp(-1/3) = 0.71653131,
 * exp(-2) = 0.13533528 (any table of e^x), rounded half-up to 4 decimals.
 */
class ChurnModelTest {

    @Test
    void meanIntervalIsTheSpanOverTheGaps() {
        // 1 Jan to 2 Mar 2026: 31 + 28 + 1 = 60 days (2026 is not a leap year), 3 orders -> 2 gaps -> 30 days
        assertThat(ChurnModel.ownMeanInterval(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2), 3))
                .isEqualByComparingTo("30.0000");
        // 10 days over 4 orders: 10 / 3 = 3.3333
        assertThat(ChurnModel.ownMeanInterval(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11), 4))
                .isEqualTo(new BigDecimal("3.3333"));
        assertThat(ChurnModel.ownMeanInterval(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), 1)).isNull();
        assertThat(ChurnModel.ownMeanInterval(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), 3)).isNull();
        assertThat(ChurnModel.ownMeanInterval(null, null, 0)).isNull();
    }

    @ParameterizedTest(name = "d={0} m={1} -> {2} {3}")
    @CsvSource({
            "0,30,0.0000,LOW",      // no silence, no risk
            "10,30,0.2835,LOW",     // 1 - 0.71653131 = 0.28346869
            "30,30,0.6321,MEDIUM",  // 1 - 0.36787944 = 0.63212056
            "60,30,0.8647,HIGH",    // 1 - 0.13533528 = 0.86466472
            "1,0.5,0.6321,MEDIUM"}) // m below one day counts as 1 day: 1 - exp(-1)
    void probabilityAndLevelFromRecencyAndOwnInterval(long recency, String interval, String probability, String level) {
        ChurnModel.Risk risk = ChurnModel.risk(recency, new BigDecimal(interval), new BigDecimal("999"));
        assertThat(risk.probability()).isEqualTo(new BigDecimal(probability));
        assertThat(risk.level().name()).isEqualTo(level);
    }

    @Test
    void aCustomerWithoutAnIntervalOfTheirOwnTakesTheCompanysMedian() {
        ChurnModel.Risk risk = ChurnModel.risk(60, null, new BigDecimal("30.0000"));
        assertThat(risk.meanInterval()).isEqualTo(new BigDecimal("30.0000"));
        assertThat(risk.probability()).isEqualTo(new BigDecimal("0.8647"));
        assertThat(risk.level()).isEqualTo(ChurnModel.Level.HIGH);
    }

    @Test
    void levelsChangeExactlyAtTheCutOffs() {
        assertThat(ChurnModel.level(new BigDecimal("0.4999"))).isEqualTo(ChurnModel.Level.LOW);
        assertThat(ChurnModel.level(new BigDecimal("0.5000"))).isEqualTo(ChurnModel.Level.MEDIUM);
        assertThat(ChurnModel.level(new BigDecimal("0.7999"))).isEqualTo(ChurnModel.Level.MEDIUM);
        assertThat(ChurnModel.level(new BigDecimal("0.8000"))).isEqualTo(ChurnModel.Level.HIGH);
    }

    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(ChurnModel.median(new long[] {100_000, 200_000, 400_000}, 3, BigDecimal.TEN))
                .isEqualTo(new BigDecimal("20.0000"));
        // (20 + 30.0001) / 2 = 25.00005 -> 25.0001 half-up
        assertThat(ChurnModel.median(new long[] {100_000, 200_000, 300_001, 450_000, 0}, 4, BigDecimal.TEN))
                .isEqualTo(new BigDecimal("25.0001"));
        assertThat(ChurnModel.median(new long[0], 0, BigDecimal.valueOf(365))).isEqualTo(new BigDecimal("365.0000"));
    }
}

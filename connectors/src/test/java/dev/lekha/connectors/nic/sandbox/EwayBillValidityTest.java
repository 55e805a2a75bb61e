package dev.lekha.connectors.nic.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EwayBillValidityTest {

    static final LocalDateTime GENERATED = LocalDateTime.of(2022, 9, 16, 19, 29);

    @Test
    void oneDayPer200KmOrPartEndingAtMidnight() {
        // Real NIC answer: generated 2022-09-16 19:29 for 2467 km, valid till 2022-09-29 23:59:00.
        assertThat(EwayBillValidity.validTill(GENERATED, 2467, false)).isEqualTo(LocalDateTime.of(2022, 9, 29, 23, 59));
        assertThat(EwayBillValidity.validTill(GENERATED, 200, false)).isEqualTo(LocalDateTime.of(2022, 9, 17, 23, 59));
        assertThat(EwayBillValidity.validTill(GENERATED, 201, false)).isEqualTo(LocalDateTime.of(2022, 9, 18, 23, 59));
        assertThat(EwayBillValidity.validTill(GENERATED, 1, false)).isEqualTo(LocalDateTime.of(2022, 9, 17, 23, 59));
    }

    @Test
    void overDimensionalCargoOneDayPer20Km() {
        assertThat(EwayBillValidity.validityDays(45, true)).isEqualTo(3);
        assertThat(EwayBillValidity.validTill(GENERATED, 45, true)).isEqualTo(LocalDateTime.of(2022, 9, 19, 23, 59));
    }

    @Test
    void distanceEstimateIsDeterministicWithAMinimum() {
        assertThat(EwayBillValidity.estimateKm(560001, 110001)).isEqualTo(2250);
        assertThat(EwayBillValidity.estimateKm(193502, 171001)).isEqualTo(22 * 5 + 50);
        assertThat(EwayBillValidity.estimateKm(560001, 560001)).isEqualTo(10);
        assertThat(EwayBillValidity.estimateKm(110001, 999999)).isEqualTo(4000);
    }
}

package dev.lekha.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToPaise() {
        assertThat(Money.of("1.005")).isEqualByComparingTo("1.01").hasToString("1.01");
        assertThat(Money.of("1.0049")).hasToString("1.00");
        assertThat(Money.of("-1.005")).hasToString("-1.01");
        assertThat(Money.of("7")).hasToString("7.00");
        assertThat(Money.of((BigDecimal) null)).isNull();
        assertThat(Money.orZero(null)).hasToString("0.00");
    }

    @Test
    void sumsAndTakesPercentages() {
        assertThat(Money.sum(Arrays.asList(new BigDecimal("1.10"), null, new BigDecimal("2.205")))).hasToString("3.31");
        // 99.99 x 18% = 17.9982 -> 18.00; 10.05 x 5% = 0.5025 -> 0.50
        assertThat(Money.percentOf(new BigDecimal("99.99"), new BigDecimal("18"))).hasToString("18.00");
        assertThat(Money.percentOf(new BigDecimal("10.05"), new BigDecimal("5"))).hasToString("0.50");
        assertThat(Money.sameAmount(new BigDecimal("1.5"), new BigDecimal("1.50"))).isTrue();
        assertThat(Money.sameAmount(null, BigDecimal.ONE)).isFalse();
    }
}

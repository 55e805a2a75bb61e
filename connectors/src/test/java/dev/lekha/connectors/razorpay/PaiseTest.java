package dev.lekha.connectors.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaiseTest {

    @Test
    void convertsBothWaysExactly() {
        assertThat(Paise.toRupees(123450)).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Paise.toRupees(1)).isEqualTo(new BigDecimal("0.01"));
        assertThat(Paise.fromRupees(new BigDecimal("1234.5"))).isEqualTo(123450L);
        // 0.1 + 0.2 in double is 0.30000000000000004: BigDecimal keeps it exact
        assertThat(Paise.fromRupees(new BigDecimal("0.1").add(new BigDecimal("0.2")))).isEqualTo(30L);
        assertThat(Paise.fromRupees(new BigDecimal("99999999.990"))).isEqualTo(9_999_999_999L);
    }

    @Test
    void refusesFractionsOfAPaisa() {
        assertThatThrownBy(() -> Paise.fromRupees(new BigDecimal("10.005")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.005")
                .hasMessageContaining("whole number of paise");
    }
}

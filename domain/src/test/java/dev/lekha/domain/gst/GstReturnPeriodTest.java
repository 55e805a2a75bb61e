package dev.lekha.domain.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GstReturnPeriodTest {

    @Test
    void isWrittenMonthThenYear() {
        GstReturnPeriod period = GstReturnPeriod.of(LocalDate.of(2025, 4, 17));
        assertThat(period).hasToString("042025");
        assertThat(GstReturnPeriod.parse("112026")).isEqualTo(GstReturnPeriod.of(2026, 11));
    }

    @Test
    void knowsItsDaysAndFinancialYear() {
        GstReturnPeriod feb = GstReturnPeriod.parse("022028");
        assertThat(feb.firstDay()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(feb.lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(feb.financialYear()).hasToString("2027-28");
        assertThat(GstReturnPeriod.parse("032026").financialYear()).hasToString("2025-26");
        assertThat(GstReturnPeriod.parse("042026").financialYear()).hasToString("2026-27");
        assertThat(feb.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(feb.contains(LocalDate.of(2028, 3, 1))).isFalse();
        assertThat(GstReturnPeriod.parse("122025").next()).hasToString("012026");
        assertThat(GstReturnPeriod.parse("012026").previous()).hasToString("122025");
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> GstReturnPeriod.parse("132025")).isInstanceOf(InvalidGstValueException.class)
                .hasMessage("return period '132025' is not of the form MMYYYY (month 01-12 then the year, e.g. 042025 for April 2025)");
        assertThatThrownBy(() -> GstReturnPeriod.parse("2025-04")).hasMessageContaining("is not of the form MMYYYY");
        assertThatThrownBy(() -> GstReturnPeriod.parse("42025")).hasMessageContaining("is not of the form MMYYYY");
    }
}

package dev.lekha.domain.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void runsFromAprilToMarch() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).hasToString("2025-26");
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).hasToString("2026-27");
        assertThat(FinancialYear.of(LocalDate.of(2026, 1, 15)).startYear()).isEqualTo(2025);
        FinancialYear fy = FinancialYear.parse("2025-26");
        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void containsItsBoundsOnly() {
        FinancialYear fy = FinancialYear.parse("2025-26");
        assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(fy.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void handlesTheCenturyTurnAndNeighbours() {
        assertThat(FinancialYear.parse("1999-00").end()).isEqualTo(LocalDate.of(2000, 3, 31));
        assertThat(new FinancialYear(2099)).hasToString("2099-00");
        assertThat(FinancialYear.parse("2025-26").next()).hasToString("2026-27");
        assertThat(FinancialYear.parse("2025-26").previous()).hasToString("2024-25");
        assertThat(FinancialYear.parse("2025-26")).isLessThan(FinancialYear.parse("2026-27"));
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> FinancialYear.parse("2025-27")).isInstanceOf(InvalidGstValueException.class)
                .hasMessage("financial year '2025-27' must end the year after it starts: 2025-26");
        assertThatThrownBy(() -> FinancialYear.parse("2025-2026"))
                .hasMessage("financial year '2025-2026' is not of the form 2025-26");
        assertThatThrownBy(() -> FinancialYear.parse(null)).hasMessageContaining("is not of the form 2025-26");
    }
}

package dev.lekha.mappings.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the R x F map of issue 7, read off the issue's table row by row. */
class RfmSegmentTest {

    @ParameterizedTest(name = "R{0} F{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "5|1|New", "5|2|Potential Loyalist", "5|3|Potential Loyalist", "5|4|Champions", "5|5|Champions",
            "4|1|Promising", "4|2|Potential Loyalist", "4|3|Potential Loyalist", "4|4|Loyal", "4|5|Loyal",
            "3|1|About to Sleep", "3|2|About to Sleep", "3|3|Need Attention", "3|4|Loyal", "3|5|Loyal",
            "2|1|Hibernating", "2|2|Hibernating", "2|3|At Risk", "2|4|At Risk", "2|5|Can't Lose",
            "1|1|Lost", "1|2|Hibernating", "1|3|At Risk", "1|4|At Risk", "1|5|Can't Lose"})
    void mapsEveryCellOfTheIssuesTable(int r, int f, String segment) {
        assertThat(RfmSegment.of(r, f).label()).isEqualTo(segment);
    }

    @ParameterizedTest
    @CsvSource({"0,3", "6,3", "3,0", "3,6"})
    void refusesScoresOutsideOneToFive(int r, int f) {
        assertThatThrownBy(() -> RfmSegment.of(r, f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 5");
    }
}

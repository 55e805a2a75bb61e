package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDifferenceTest {

    @Test
    void theStoredTextReadsBackIntoTheSameDifferences() {
        List<FieldDifference> diffs = List.of(new FieldDifference("taxable_value", "1000.00", "1100.00"),
                new FieldDifference("doc_number", "AT/1, 2", "AT-1"));
        String text = new ReconPair(null, null, ReconOutcome.MISMATCH, ReconRule.R2_NORMALISED_NUMBER, "r", diffs, null)
                .differencesText();

        assertThat(text).isEqualTo("taxable_value: books 1000.00, 2B 1100.00; doc_number: books AT/1, 2, 2B AT-1");
        assertThat(FieldDifference.parseAll(text)).isEqualTo(diffs);
        assertThat(FieldDifference.parseAll(null)).isEmpty();
    }
}

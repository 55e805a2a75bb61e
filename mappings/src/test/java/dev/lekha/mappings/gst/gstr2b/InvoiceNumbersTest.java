package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation as issue 4 states it: FY tokens removed, / and - as spaces, leading zeros stripped. */
class InvoiceNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "INV/0042/2023-24 | INV 42",
            "INV/0042/2023-2024 | INV 42",
            "inv-42/23-24 | INV 42",
            "INV 42 23/24 | INV 42",
            "FY23-24/INV/042 | INV 42",
            "FY 2023-24 INV-42 | INV 42",
            "INV-0042 | INV 42",
            "INV--42 | INV 42",
            "000 | 0",
            "A0042B | A0042B",
            "12-15/7 | 12 15 7",
            "2023-24 | ''",
            "X2023-24 | X2023 24",
    })
    void normalises(String written, String expected) {
        assertThat(InvoiceNumbers.normalise(written)).isEqualTo(expected);
    }
}

package dev.lekha.connectors.gstportal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArnFormatTest {

    @Test
    void checkCharacterIsTheGstinAlgorithm() {
        // 27AAPFU0939F1ZV is the GSTIN used as the example of a valid GSTIN (check character V)
        assertThat(ArnFormat.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
    }

    @Test
    void acceptsPublicArns() {
        // real ARNs of a Tamil Nadu GSTIN's GSTR-1/3B filings (public filing-status data)
        assertThat(ArnFormat.valid("AA331023634457H")).isTrue();
        assertThat(ArnFormat.valid("AC330923113571E")).isTrue();
        assertThat(ArnFormat.valid("AB3307237283571")).isTrue();
        assertThat(ArnFormat.valid("AA331023634457G")).isFalse();
    }

    @Test
    void buildsStateMmyySequenceAndCheck() {
        // AA + 27 + 0425 + 000001 → AA270425000001; Luhn mod 36: sum 68, 68 mod 36 = 32, (36 - 32) → '4'
        assertThat(ArnFormat.arn("27", "042025", 1)).isEqualTo("AA2704250000014");
        assertThat(ArnFormat.arn("29", "032026", 42)).isEqualTo("AA290326000042U");
        assertThat(ArnFormat.sequence("AA290326000042U")).isEqualTo(42);
        assertThatThrownBy(() -> ArnFormat.arn("27", "042025", 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}

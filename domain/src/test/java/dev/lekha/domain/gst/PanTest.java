package dev.lekha.domain.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PanTest {

    @Test
    void acceptsAValidPanAndMasksItInToString() {
        Pan pan = Pan.of(" aaacl1234c ");
        assertThat(pan.value()).isEqualTo("AAACL1234C");
        assertThat(pan.holderType()).isEqualTo('C');
        assertThat(pan.toString()).isEqualTo("AAA*****4C");
    }

    @Test
    void acceptsEveryHolderType() {
        for (char type : "PCHFATBLJG".toCharArray()) {
            assertThat(Pan.of("ABC" + type + "D1234E").holderType()).isEqualTo(type);
        }
    }

    @Test
    void rejectsShapeAndHolderType() {
        assertThatThrownBy(() -> Pan.of("AAACL1234")).isInstanceOf(InvalidGstValueException.class)
                .hasMessage("PAN 'AAACL1234' is not in the form AAAAA9999A (five capital letters, four digits, one capital letter)");
        assertThatThrownBy(() -> Pan.of("AAAXL1234C"))
                .hasMessage("PAN 'AAAXL1234C' has holder type 'X' in 4th place; it must be one of P, C, H, F, A, T, B, L, J, G");
        assertThatThrownBy(() -> Pan.of(null)).hasMessageContaining("'null' is not in the form");
    }
}

package dev.lekha.domain.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateCodeTest {

    @Test
    void knowsTheGstStateList() {
        assertThat(StateCode.all()).hasSize(41);
        assertThat(StateCode.of("27").name()).isEqualTo("Maharashtra");
        assertThat(StateCode.of("29").name()).isEqualTo("Karnataka");
        assertThat(StateCode.of("38").name()).isEqualTo("Ladakh");
        assertThat(StateCode.of("25").name()).isEqualTo("Daman and Diu");
        assertThat(StateCode.of("96").isForeign()).isTrue();
        assertThat(StateCode.of("97").name()).isEqualTo("Other Territory");
        assertThat(StateCode.of("99").name()).isEqualTo("Centre Jurisdiction");
    }

    @Test
    void rejectsCodesOutsideTheList() {
        for (String bad : new String[] {"00", "39", "95", "98", "7", "007", "AB"}) {
            assertThat(StateCode.tryOf(bad)).as(bad).isEmpty();
        }
        assertThat(StateCode.tryOf(null)).isEmpty();
        assertThatThrownBy(() -> StateCode.of("39")).isInstanceOf(InvalidGstValueException.class)
                .hasMessage("state code '39' is not a GST state code: use two digits 01-38, 96 (foreign), 97 (other territory) or 99 (centre)");
    }

    @Test
    void equalityIsByCode() {
        assertThat(StateCode.of("27")).isEqualTo(new StateCode("27", "anything"));
        assertThat(StateCode.of("27").toString()).isEqualTo("27");
    }
}

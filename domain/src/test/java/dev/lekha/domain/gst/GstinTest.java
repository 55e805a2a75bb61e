package dev.lekha.domain.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GstinTest {

    @Test
    void computesTheMod36CheckCharacterByHand() {
        // 27AAPFU0939F1Z: values 2,7,10,10,25,15,30,0,9,3,9,15,1,35; factors 1,2,1,2,...
        // products 2,14,10,20,25,30,30,0,9,6,9,30,1,70; p/36+p%36: 2,14,10,20,25,30,30,0,9,6,9,30,1,(1+34)=35
        // sum 221; 221 % 36 = 5; (36 - 5) % 36 = 31 -> 'V'
        assertThat(Gstin.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
        assertThat(Gstin.of("27AAPFU0939F1ZV").value()).isEqualTo("27AAPFU0939F1ZV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAACL1234C1Z5", "29AAACL1234C1Z1", "27AABCS9876K1ZK", "29AAFCK4321M1ZA",
            "33AACCT5566P1ZS", "24AAGCG7788Q1ZM", "07AAACD3344R1ZD"})
    void acceptsTheDemoGstins(String gstin) {
        assertThat(Gstin.of(gstin).value()).isEqualTo(gstin);
    }

    @Test
    void normalisesSpacesAndCase() {
        assertThat(Gstin.of(" 27aapfu0939f1zv ").value()).isEqualTo("27AAPFU0939F1ZV");
    }

    @Test
    void rejectsAWrongCheckCharacterSayingWhichItShouldBe() {
        assertThatThrownBy(() -> Gstin.of("27AAPFU0939F1ZW"))
                .isInstanceOf(InvalidGstValueException.class)
                .hasMessage("GSTIN '27AAPFU0939F1ZW' has check character 'W' but its first 14 characters give 'V': the GSTIN is mistyped");
    }

    @Test
    void rejectsWrongLengthShapeStateAndPan() {
        assertThatThrownBy(() -> Gstin.of("27AAPFU0939F1Z")).hasMessageContaining("has 14 characters; a GSTIN has 15");
        assertThatThrownBy(() -> Gstin.of("27AAPFU0939F1YV")).hasMessageContaining("is not of the form");
        assertThatThrownBy(() -> Gstin.of("27AAPFU0939F0ZV")).hasMessageContaining("is not of the form");
        assertThatThrownBy(() -> Gstin.of("40AAPFU0939F1ZV")).hasMessageContaining("'40', which is not a GST state code");
        assertThatThrownBy(() -> Gstin.of("27AAPXU0939F1ZV")).hasMessageContaining("holder type 'X'");
        assertThatThrownBy(() -> Gstin.of(null)).hasMessageContaining("GSTIN is missing");
        assertThatThrownBy(() -> Gstin.of("  ")).hasMessageContaining("GSTIN is missing");
    }

    @Test
    void sandboxCompaniesAcceptNicTestGstinsThatFailTheCheck() {
        // NIC e-invoice sandbox test GSTINs (see the public india-compliance e-invoice fixtures)
        assertThat(Gstin.isValid("29AWGPV7107B1Z1", false)).isFalse();
        assertThat(Gstin.of("29AWGPV7107B1Z1", true).value()).isEqualTo("29AWGPV7107B1Z1");
        assertThat(Gstin.of("02AMBPG7773M002", true).stateCode().code()).isEqualTo("02");
        assertThat(Gstin.isValid("02AMBPG7773M002", false)).isFalse();
    }

    @Test
    void sandboxStillRequiresShapeAndStateCode() {
        assertThatThrownBy(() -> Gstin.of("00AABCE2207R1Z5", true)).hasMessageContaining("state code '00'");
        assertThatThrownBy(() -> Gstin.of("29AWGPV710781Z1", true)).hasMessageContaining("is not of the form");
    }

    @Test
    void exposesStateAndPan() {
        Gstin gstin = Gstin.of("29AAACL1234C1Z1");
        assertThat(gstin.stateCode()).isEqualTo(StateCode.of("29"));
        assertThat(gstin.stateCode().name()).isEqualTo("Karnataka");
        assertThat(gstin.panText()).isEqualTo("AAACL1234C");
    }
}

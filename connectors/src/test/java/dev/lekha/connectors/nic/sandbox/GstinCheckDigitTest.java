package dev.lekha.connectors.nic.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GstinCheckDigitTest {

    @Test
    void computesTheMod36CheckCharacter() {
        // 27AAPFU0939F1ZV: the GSTIN format example of the GST portal's FAQ.
        assertThat(GstinCheckDigit.checkDigit("27AAPFU0939F1Z")).isEqualTo('V');
        assertThat(GstinCheckDigit.isValid("27AAPFU0939F1ZV")).isTrue();
        assertThat(GstinCheckDigit.isValid("27AAPFU0939F1ZW")).isFalse();
    }

    @Test
    void nicSandboxTestGstinsFailTheCheckDigitSoTheSandboxMustKnowThemByRegistration() {
        assertThat(GstinCheckDigit.isValid("01AMBPG7773M002")).isFalse();
        assertThat(GstinCheckDigit.isValid("URP")).isFalse();
        assertThat(GstinCheckDigit.isValid(null)).isFalse();
    }
}

package dev.lekha.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSignatureVerifierTest {

    // printf 'body' | openssl dgst -sha256 -hmac secret
    static final String BODY_UNDER_SECRET = "dc46983557fea127b43af721467eb9b3fde2338fe3e14f51952aa8478c13d355";
    // printf '{"event":"payment.captured"}' | openssl dgst -sha256 -hmac 'whsec_test'
    static final String EVENT_UNDER_WHSEC = "4f463a57dd128675850163391f0311888616d57bccca75c774c9cdb28134f851";

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsHexSignatureAsRazorpaySendsIt() {
        assertThat(new HmacSignatureVerifier("secret").verify(bytes("body"), BODY_UNDER_SECRET)).isTrue();
        assertThat(new HmacSignatureVerifier("whsec_test").verify(bytes("{\"event\":\"payment.captured\"}"),
                EVENT_UNDER_WHSEC)).isTrue();
    }

    @Test
    void acceptsSha256PrefixedSignatureAsMetaSendsIt() {
        assertThat(new HmacSignatureVerifier("secret").verify(bytes("body"), "sha256=" + BODY_UNDER_SECRET)).isTrue();
        assertThat(new HmacSignatureVerifier("secret").verify(bytes("body"), BODY_UNDER_SECRET.toUpperCase())).isTrue();
    }

    @Test
    void rejectsChangedBodyWrongSecretAndTruncatedOrGarbledSignature() {
        HmacSignatureVerifier verifier = new HmacSignatureVerifier("secret");
        assertThat(verifier.verify(bytes("body "), BODY_UNDER_SECRET)).isFalse();
        assertThat(new HmacSignatureVerifier("Secret").verify(bytes("body"), BODY_UNDER_SECRET)).isFalse();
        assertThat(verifier.verify(bytes("body"), BODY_UNDER_SECRET.substring(0, 62))).isFalse();
        assertThat(verifier.verify(bytes("body"), "zz" + BODY_UNDER_SECRET.substring(2))).isFalse();
        assertThat(verifier.verify(bytes("body"), "")).isFalse();
        assertThat(verifier.verify(bytes("body"), null)).isFalse();
    }

    @Test
    void failsClosedWithoutASecret() {
        assertThat(new HmacSignatureVerifier(null).verify(bytes("body"), BODY_UNDER_SECRET)).isFalse();
        assertThat(new HmacSignatureVerifier("  ").verify(bytes("body"), BODY_UNDER_SECRET)).isFalse();
    }

    @Test
    void signsAsOpensslDoes() {
        assertThat(new HmacSignatureVerifier("secret").signHex(bytes("body"))).isEqualTo(BODY_UNDER_SECRET);
    }
}

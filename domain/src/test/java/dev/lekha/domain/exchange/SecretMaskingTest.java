package dev.lekha.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    @Test
    void masksJsonMembersWhoseNameIsSecretAndKeepsTheRest() {
        // given the NIC IRP auth request shape (UserName, Password, AppKey, and a SEK in the response)
        String json = "{\"UserName\":\"demo\",\"Password\":\"p@ss\\\"word\",\"AppKey\":\"abc123==\","
                + "\"Data\":{\"Sek\":\"kU8+x/\",\"AuthToken\":\"1a2b\"},\"ForceRefreshAccessToken\":false}";

        // when
        String masked = SecretMasking.mask(json);

        // then
        assertThat(masked).isEqualTo("{\"UserName\":\"demo\",\"Password\":\"****\",\"AppKey\":\"****\","
                + "\"Data\":{\"Sek\":\"****\",\"AuthToken\":\"****\"},\"ForceRefreshAccessToken\":\"****\"}");
    }

    @Test
    void masksHeaderLinesFormParametersAndXmlElements() {
        String request = "POST /v1/orders\nAuthorization: Basic cnpwX3Rlc3Q6c2VjcmV0\nX-Client-Secret: s3cr3t\n"
                + "Content-Type: application/json\n\ngrant_type=password&password=hunter2&client_id=lekha\n"
                + "<auth><user>u</user><api_key attr=\"1\">K-99</api_key></auth>";

        assertThat(SecretMasking.mask(request)).isEqualTo("POST /v1/orders\nAuthorization: ****\nX-Client-Secret: ****\n"
                + "Content-Type: application/json\n\ngrant_type=password&password=****&client_id=lekha\n"
                + "<auth><user>u</user><api_key attr=\"1\">****</api_key></auth>");
    }

    @Test
    void masksSecretQueryParametersOfAUrl() {
        assertThat(SecretMasking.maskUrl("https://api.example.in/x?gstin=27AAACL1234C1Z5&access_token=abc&n=1"))
                .isEqualTo("https://api.example.in/x?gstin=27AAACL1234C1Z5&access_token=****&n=1");
    }

    @Test
    void leavesTextWithoutSecretsAndNullUnchanged() {
        assertThat(SecretMasking.mask("{\"irn\":\"a1b2\",\"AckNo\":112010000002222}"))
                .isEqualTo("{\"irn\":\"a1b2\",\"AckNo\":112010000002222}");
        assertThat(SecretMasking.mask(null)).isNull();
    }
}

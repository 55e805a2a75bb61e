package dev.lekha.connectors.gstportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GstPortalCryptoTest {

    /** Key 00 01 02 … 1f, the AES-256 key of FIPS-197 appendix C.3. */
    private static final byte[] KEY = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    @Test
    void aes256EcbBlockMatchesFips197AppendixC3() throws Exception {
        // FIPS-197 C.3: plaintext 00112233445566778899aabbccddeeff → 8ea2b7ca516745bfeafc49904b496089
        Cipher raw = Cipher.getInstance("AES/ECB/NoPadding");
        raw.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        byte[] block = raw.doFinal(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"));

        // and the padded form this class uses starts with the same block
        byte[] padded = Base64.getDecoder().decode(GstPortalCrypto.aesEncrypt(KEY,
                HexFormat.of().parseHex("00112233445566778899aabbccddeeff")));

        assertThat(HexFormat.of().formatHex(block)).isEqualTo("8ea2b7ca516745bfeafc49904b496089");
        assertThat(padded).hasSize(32);
        assertThat(HexFormat.of().formatHex(padded, 0, 16)).isEqualTo("8ea2b7ca516745bfeafc49904b496089");
    }

    @Test
    void otpEncryptionMatchesOpenssl() {
        // printf '575757' | openssl enc -aes-256-ecb -K 000102…1f | base64  →  lBQwV4dMNxt5BBTu2msZ+w==
        assertThat(GstPortalCrypto.aesEncrypt(KEY, "575757".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("lBQwV4dMNxt5BBTu2msZ+w==");
    }

    @Test
    void payloadAndHmacMatchOpenssl() {
        String json = "{\"gstin\":\"27AAAPL1234C1ZV\",\"fp\":\"042025\"}";
        // B=$(printf '%s' "$J" | base64 -w0)
        // printf '%s' "$B" | openssl enc -aes-256-ecb -K 000102…1f | base64 -w0
        // printf '%s' "$B" | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f -binary | base64
        String base64Json = "eyJnc3RpbiI6IjI3QUFBUEwxMjM0QzFaViIsImZwIjoiMDQyMDI1In0=";

        assertThat(GstPortalCrypto.base64Json(json)).isEqualTo(base64Json);
        assertThat(GstPortalCrypto.encryptPayload(KEY, json)).isEqualTo(
                "17gmAAVgfIbb3Hnqv8rIt0lHzk9YAEeIX4Lc19P+hJVOvtg+GutPghy0/OvB3OnLFwBIQZDlgRoFcHBQ/4eNNA==");
        assertThat(GstPortalCrypto.hmac(KEY, base64Json)).isEqualTo("OIbeYRwYgHHtpSwT0hAj8gZzl+J4cq76juIixgMht7o=");
        assertThat(GstPortalCrypto.hmacMatches(KEY, base64Json, "OIbeYRwYgHHtpSwT0hAj8gZzl+J4cq76juIixgMht7o="))
                .isTrue();
    }

    @Test
    void payloadRoundTripsWithUnicode() {
        byte[] sek = GstPortalCrypto.newKey();
        String json = "{\"trdnm\":\"Lekha Traders ₹ शाखा\"}";

        String data = GstPortalCrypto.encryptPayload(sek, json);
        String base64Json = GstPortalCrypto.decryptPayload(sek, data);

        assertThat(GstPortalCrypto.decodeBase64Json(base64Json)).isEqualTo(json);
    }

    @Test
    void keyUnderKeyRoundTripsAndWrongKeyFails() {
        byte[] appKey = GstPortalCrypto.newAppKey();
        byte[] sek = GstPortalCrypto.newKey();
        String encrypted = GstPortalCrypto.aesEncrypt(appKey, sek);

        assertThat(GstPortalCrypto.decryptKey(appKey, encrypted, "sek")).isEqualTo(sek);
        assertThatThrownBy(() -> GstPortalCrypto.decryptKey(GstPortalCrypto.newKey(), encrypted, "sek"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hmacOfOtherDataDoesNotMatch() {
        String mac = GstPortalCrypto.hmac(KEY, "e30=");

        assertThat(GstPortalCrypto.hmacMatches(KEY, "e30K", mac)).isFalse();
        assertThat(GstPortalCrypto.hmacMatches(GstPortalCrypto.newKey(), "e30=", mac)).isFalse();
        assertThat(GstPortalCrypto.hmacMatches(KEY, "e30=", null)).isFalse();
    }

    @Test
    void rsaRoundTripsAppKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        byte[] appKey = GstPortalCrypto.newAppKey();

        String sent = GstPortalCrypto.rsaEncrypt(pair.getPublic(), appKey);

        assertThat(Base64.getDecoder().decode(sent)).hasSize(256);
        assertThat(GstPortalCrypto.rsaDecrypt(pair.getPrivate(), sent)).isEqualTo(appKey);
    }

    @Test
    void readsGstnProductionKeyLabelledRsaPublicKeyButSpki() throws Exception {
        // The real GSTN key (india-compliance gstn_g2b_prod_public.pem): "BEGIN RSA PUBLIC KEY" around an X.509 SPKI.
        Path dir = Path.of("/work/shared/fixtures/gst");
        Assumptions.assumeTrue(Files.isDirectory(dir), "fixtures folder absent");
        Path pem;
        try (Stream<Path> files = Files.list(dir)) {
            pem = files.filter(p -> p.getFileName().toString().startsWith("gstn-taxpayer-api-prod-public-key"))
                    .findFirst().orElse(null);
        }
        Assumptions.assumeTrue(pem != null, "GSTN key fixture absent");
        String text = Files.readString(pem, StandardCharsets.US_ASCII);

        PublicKey key = GstPortalCrypto.publicKeyFromPem(text);

        assertThat(text).contains("BEGIN RSA PUBLIC KEY");
        assertThat(((RSAPublicKey) key).getModulus().bitLength()).isEqualTo(2048);
        assertThat(Base64.getDecoder().decode(GstPortalCrypto.rsaEncrypt(key, GstPortalCrypto.newAppKey())))
                .hasSize(256);
    }

    @Test
    void readsTruePkcs1AndRejectsGarbage() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        byte[] pkcs1 = new org.bouncycastle.asn1.pkcs.RSAPublicKey(key.getModulus(), key.getPublicExponent())
                .getEncoded();
        String pem = "-----BEGIN RSA PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PUBLIC KEY-----\n";

        assertThat(((RSAPublicKey) GstPortalCrypto.publicKeyFromPem(pem)).getModulus()).isEqualTo(key.getModulus());
        assertThatThrownBy(() -> GstPortalCrypto.publicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

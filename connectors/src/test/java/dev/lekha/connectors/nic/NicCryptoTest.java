package dev.lekha.connectors.nic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NicCryptoTest {

    static KeyPair keys;

    @BeforeAll
    static void keys() {
        keys = TestKeys.rsa();
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @Test
    void aes256EcbMatchesNistSp800_38aF15() {
        // NIST SP 800-38A, Appendix F.1.5 ECB-AES256.Encrypt, block #1
        byte[] key = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        byte[] plain = hex("6bc1bee22e409f96e93d7e117393172a");

        byte[] encrypted = NicCrypto.aesEncrypt(key, plain);

        // PKCS7 adds a full padding block after the 16-byte input; the first block is the NIST ciphertext.
        assertThat(encrypted).hasSize(32);
        assertThat(Arrays.copyOf(encrypted, 16)).isEqualTo(hex("f3eed1bdb5d2a03c064b5a7e3db181f8"));
        assertThat(NicCrypto.aesDecrypt(key, encrypted)).isEqualTo(plain);
    }

    @Test
    void dataRoundTripsThroughBase64AesUnderTheSek() {
        byte[] sek = NicCrypto.newAppKey();
        String json = "{\"PrdDesc\":\"Pen ₹ 10\",\"Qty\":1}";

        String data = NicCrypto.encryptData(sek, json);

        assertThat(Base64.getDecoder().decode(data).length % 16).isZero();
        assertThat(NicCrypto.decryptData(sek, data)).isEqualTo(json);
    }

    @Test
    void decryptingUnderAnotherKeyFails() {
        byte[] right = hex("00".repeat(32));
        byte[] wrong = hex("01".repeat(32));
        byte[] encrypted = NicCrypto.aesEncrypt(right, "{\"Irn\":\"x\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> NicCrypto.aesDecrypt(wrong, encrypted)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NicCrypto.aesEncrypt(new byte[16], new byte[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32-byte key");
    }

    @Test
    void sekRoundTripsUnderTheAppKeyAndMustBe32Bytes() {
        byte[] appKey = NicCrypto.newAppKey();
        byte[] sek = NicCrypto.newAppKey();

        assertThat(NicCrypto.decryptSek(NicCrypto.encryptSek(sek, appKey), appKey)).isEqualTo(sek);
        String shortSek = Base64.getEncoder().encodeToString(NicCrypto.aesEncrypt(appKey, new byte[16]));
        assertThatThrownBy(() -> NicCrypto.decryptSek(shortSek, appKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }

    @Test
    void appKeysAre32RandomBytes() {
        assertThat(NicCrypto.newAppKey()).hasSize(32).isNotEqualTo(NicCrypto.newAppKey());
    }

    @Test
    void rsaPkcs1RoundTripsWithTheKeyPair() {
        byte[] plain = Base64.getEncoder().encode("{\"UserName\":\"u\"}".getBytes(StandardCharsets.UTF_8));

        byte[] encrypted = NicCrypto.rsaEncrypt(keys.getPublic(), plain);

        assertThat(encrypted).hasSize(256);
        assertThat(NicCrypto.rsaDecrypt(keys.getPrivate(), encrypted)).isEqualTo(plain);
        // PKCS#1 v1.5 padding is randomised: the same input never encrypts the same way twice
        assertThat(NicCrypto.rsaEncrypt(keys.getPublic(), plain)).isNotEqualTo(encrypted);
    }

    @Test
    void readsPublicKeyPemAsX509SubjectPublicKeyInfo() {
        String pem = TestKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded());

        assertSameKey(NicCrypto.publicKeyFromPem(pem));
    }

    @Test
    void readsRsaPublicKeyPemWhoseBodyIsReallySubjectPublicKeyInfoAsNicPublishesIt() {
        String pem = TestKeys.pem("RSA PUBLIC KEY", keys.getPublic().getEncoded());

        assertSameKey(NicCrypto.publicKeyFromPem(pem));
    }

    @Test
    void readsTruePkcs1RsaPublicKeyPem() throws Exception {
        byte[] pkcs1 = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()).parsePublicKey().getEncoded();
        String pem = TestKeys.pem("RSA PUBLIC KEY", pkcs1);

        assertSameKey(NicCrypto.publicKeyFromPem(pem));
        assertSameKey(NicCrypto.publicKeyFromPem(pem.replace("\n", "\r\n")));
    }

    @Test
    void readsBareBase64BodyAndCertificates() {
        assertSameKey(NicCrypto.publicKeyFromPem(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())));

        X509Certificate certificate = TestKeys.selfSigned(keys, "IRP signing test");
        String certificatePem = TestKeys.pem("CERTIFICATE", encoded(certificate));
        X509Certificate read = NicCrypto.certificateFromPem(certificatePem);

        assertThat(read).isEqualTo(certificate);
        assertThat(read.getSubjectX500Principal().getName()).isEqualTo("CN=IRP signing test");
        assertSameKey(NicCrypto.publicKeyFromPem(certificatePem));
    }

    @Test
    void rejectsPemThatHoldsNoKey() {
        assertThatThrownBy(() -> NicCrypto.publicKeyFromPem(TestKeys.pem("PUBLIC KEY", new byte[] {1, 2, 3})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> NicCrypto.publicKeyFromPem("-----BEGIN PUBLIC KEY-----\n%%%\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Base64");
        assertThatThrownBy(() -> NicCrypto.certificateFromPem(TestKeys.pem("CERTIFICATE", new byte[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameKey(PublicKey read) {
        RSAPublicKey expected = (RSAPublicKey) keys.getPublic();
        assertThat(read).isInstanceOf(RSAPublicKey.class);
        assertThat(((RSAPublicKey) read).getModulus()).isEqualTo(expected.getModulus());
        assertThat(((RSAPublicKey) read).getPublicExponent()).isEqualTo(expected.getPublicExponent());
    }
}

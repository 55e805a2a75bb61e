package dev.lekha.connectors.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.junit.jupiter.api.Test;

class PgpEnvelopeTest {

    private static final Instant AT = Instant.parse("2026-12-07T04:30:00Z");
    private static final char[] OUR_PASSPHRASE = "correct horse battery staple".toCharArray();
    // 2048-bit keys keep the test quick; the hub generates 3072-bit sandbox keys
    private static final PgpKeys.GeneratedKeys OURS = PgpKeys.generate("Lekha <payments@lekha.test>", OUR_PASSPHRASE, 2048, Date.from(AT));
    private static final PgpKeys.GeneratedKeys BANK = PgpKeys.generate("Bank H2H <h2h@bank.test>", new char[0], 2048, Date.from(AT));
    private static final PgpKeys.GeneratedKeys IMPOSTOR = PgpKeys.generate("Impostor <x@evil.test>", new char[0], 2048, Date.from(AT));

    private final PgpEnvelope ourSide = new PgpEnvelope(PgpKeys.readSecretKeyRing(OURS.secretKeyRing()), OUR_PASSPHRASE);
    private final PgpEnvelope bankSide = new PgpEnvelope(PgpKeys.readSecretKeyRing(BANK.secretKeyRing()), new char[0]);
    private final PGPPublicKeyRing ourPublic = PgpKeys.readPublicKeyRing(OURS.publicKeyRing());
    private final PGPPublicKeyRing bankPublic = PgpKeys.readPublicKeyRing(BANK.publicKeyRing());
    private final byte[] file = "N,,50100012345678,45000.00,Shree Ganesh Traders\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void armouredRoundTripKeepsContentNameAndSigner() {
        byte[] sealed = ourSide.seal(file, "LEKH0712.001", bankPublic, true, AT);

        assertThat(new String(sealed, StandardCharsets.US_ASCII)).startsWith("-----BEGIN PGP MESSAGE-----");
        PgpEnvelope.Opened opened = bankSide.open(sealed, ourPublic);
        assertThat(opened.content()).isEqualTo(file);
        assertThat(opened.fileName()).isEqualTo("LEKH0712.001");
        assertThat(ourPublic.getPublicKey(Long.parseUnsignedLong(opened.signerKeyId(), 16))).isNotNull();
    }

    @Test
    void binaryRoundTrip() {
        byte[] sealed = bankSide.seal(file, "LEKH0712.r001", ourPublic, false, AT);

        assertThat(sealed[0] & 0x80).as("a binary OpenPGP packet").isEqualTo(0x80);
        assertThat(ourSide.open(sealed, bankPublic).content()).isEqualTo(file);
    }

    @Test
    void refusesAFileSignedByAnotherKey() {
        PgpEnvelope impostor = new PgpEnvelope(PgpKeys.readSecretKeyRing(IMPOSTOR.secretKeyRing()), new char[0]);
        byte[] sealed = impostor.seal(file, "LEKH0712.r001", ourPublic, true, AT);

        assertThatThrownBy(() -> ourSide.open(sealed, bankPublic)).isInstanceOf(PgpSignatureException.class)
                .hasMessageContaining("which is not the bank's key " + PgpKeys.fingerprint(bankPublic));
    }

    @Test
    void refusesASignatureThatDoesNotMatchTheContent() throws Exception {
        byte[] sealed = signedOverOtherContent(file, "N,,99999999999999,99999.00,Somebody Else\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> ourSide.open(sealed, bankPublic)).isInstanceOf(PgpSignatureException.class)
                .hasMessageContaining("does not match its content");
    }

    @Test
    void refusesAnUnsignedFile() throws Exception {
        assertThatThrownBy(() -> ourSide.open(unsigned(file), bankPublic)).isInstanceOf(PgpSignatureException.class)
                .hasMessageContaining("not signed");
    }

    @Test
    void refusesAMessageForSomeoneElseAndADamagedOne() {
        byte[] forBank = ourSide.seal(file, "f", bankPublic, false, AT);
        assertThatThrownBy(() -> ourSide.open(forBank, bankPublic)).isInstanceOf(PgpException.class)
                .isNotInstanceOf(PgpSignatureException.class).hasMessageContaining("not encrypted to our key");

        byte[] damaged = bankSide.seal(file, "f", ourPublic, false, AT);
        damaged[damaged.length - 30] ^= 0x5A;
        assertThatThrownBy(() -> ourSide.open(damaged, bankPublic)).isInstanceOf(PgpException.class);
    }

    @Test
    void readsKeysAndRefusesWrongOnes() {
        assertThat(PgpKeys.fingerprint(bankPublic)).matches("[0-9A-F]{40}");
        assertThat(PgpKeys.readPublicKeyRing(PgpKeys.publicKeyRingOf(PgpKeys.readSecretKeyRing(BANK.secretKeyRing())))
                .getPublicKey().getKeyID()).isEqualTo(bankPublic.getPublicKey().getKeyID());
        assertThatThrownBy(() -> PgpKeys.readPublicKeyRing(BANK.secretKeyRing())).isInstanceOf(PgpException.class)
                .hasMessageContaining("secret key where a public key was expected");
        assertThatThrownBy(() -> PgpKeys.readSecretKeyRing("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PgpException.class);
        assertThatThrownBy(() -> new PgpEnvelope(PgpKeys.readSecretKeyRing(OURS.secretKeyRing()), "wrong".toCharArray())
                .seal(file, "f", bankPublic, true, AT)).isInstanceOf(PgpException.class);
    }

    /** The bank's key signs {@code signed}, but the message carries {@code carried}: what tampering looks like. */
    private byte[] signedOverOtherContent(byte[] carried, byte[] signed) throws Exception {
        PGPSecretKeyRing bank = PgpKeys.readSecretKeyRing(BANK.secretKeyRing());
        PGPSecretKey secret = bank.getSecretKey();
        var key = secret.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(new char[0]));
        return encryptToUs(out -> {
            PGPSignatureGenerator signature = new PGPSignatureGenerator(new BcPGPContentSignerBuilder(
                    secret.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256), secret.getPublicKey());
            signature.init(PGPSignature.BINARY_DOCUMENT, key);
            signature.generateOnePassVersion(false).encode(out);
            writeLiteral(out, carried);
            signature.update(signed);
            signature.generate().encode(out);
        });
    }

    private byte[] unsigned(byte[] content) throws Exception {
        return encryptToUs(out -> writeLiteral(out, content));
    }

    private static void writeLiteral(OutputStream out, byte[] content) throws Exception {
        try (OutputStream lit = new PGPLiteralDataGenerator().open(out, PGPLiteralData.BINARY, "f", content.length, Date.from(AT))) {
            lit.write(content);
        }
    }

    private interface Body {
        void write(OutputStream out) throws Exception;
    }

    private byte[] encryptToUs(Body body) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PGPEncryptedDataGenerator enc = new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                .setWithIntegrityPacket(true).setSecureRandom(new SecureRandom()));
        enc.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(PgpKeys.encryptionKey(ourPublic)));
        try (OutputStream e = enc.open(bytes, new byte[4096]);
             OutputStream c = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZIP).open(e)) {
            body.write(c);
        }
        return bytes.toByteArray();
    }
}

package dev.lekha.connectors.banking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * Files to and from the bank as OpenPGP messages, the way host-to-host banking exchanges them: encrypted to the
 * other side's key (AES-256 with an integrity packet), compressed (ZIP), and signed by the sender with a one-pass
 * signature (SHA-256) over the literal file. Reading one requires the signature and checks it against the
 * sender's key; anything else is refused with a typed error.
 */
public final class PgpEnvelope {

    private final PGPSecretKeyRing ourKeys;
    private final char[] passphrase;

    /** @param passphrase of our secret key; empty for an unprotected (sandbox) key */
    public PgpEnvelope(PGPSecretKeyRing ourKeys, char[] passphrase) {
        this.ourKeys = ourKeys;
        this.passphrase = passphrase == null ? new char[0] : passphrase.clone();
    }

    /** A file read from a message: its content, the name it was sent under, and the signer's key id (hex). */
    public record Opened(byte[] content, String fileName, String signerKeyId) {
    }

    /**
     * Encrypts {@code content} to {@code recipient}, signed with our key.
     *
     * @param armor true for ASCII armour (text, .asc), false for binary (.pgp/.gpg)
     */
    public byte[] seal(byte[] content, String fileName, PGPPublicKeyRing recipient, boolean armor, Instant modified) {
        try {
            PGPSecretKey signingSecret = PgpKeys.signingKey(ourKeys);
            PGPPrivateKey signingKey = signingSecret.extractPrivateKey(
                    new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStream target = armor ? ArmoredOutputStream.builder().clearHeaders().build(bytes) : bytes;
            PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                    new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                            .setWithIntegrityPacket(true).setSecureRandom(new SecureRandom()));
            encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(PgpKeys.encryptionKey(recipient)));
            try (OutputStream encrypted = encryption.open(target, new byte[1 << 16])) {
                PGPCompressedDataGenerator compression = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZIP);
                try (OutputStream compressed = compression.open(encrypted)) {
                    PGPSignatureGenerator signature = new PGPSignatureGenerator(new BcPGPContentSignerBuilder(
                            signingSecret.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
                            signingSecret.getPublicKey());
                    signature.init(PGPSignature.BINARY_DOCUMENT, signingKey);
                    PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
                    hashed.setIssuerFingerprint(false, signingSecret.getPublicKey());
                    hashed.setSignatureCreationTime(false, Date.from(modified));
                    signature.setHashedSubpackets(hashed.generate());
                    signature.generateOnePassVersion(false).encode(compressed);
                    PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
                    try (OutputStream out = literal.open(compressed, PGPLiteralData.BINARY, fileName, content.length,
                            Date.from(modified))) {
                        out.write(content);
                    }
                    signature.update(content);
                    signature.generate().encode(compressed);
                }
            }
            if (armor) {
                target.close();
            }
            return bytes.toByteArray();
        } catch (PGPException | IOException e) {
            throw new PgpException("could not encrypt and sign " + fileName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a message meant for us and checks its signature against the sender's key.
     *
     * @throws PgpSignatureException when unsigned, signed by another key, or the signature does not match
     * @throws PgpException          when not for our key, damaged, or failing its integrity check
     */
    public Opened open(byte[] message, PGPPublicKeyRing sender) {
        try {
            InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(message));
            BcPGPObjectFactory outer = new BcPGPObjectFactory(in);
            Object o = outer.nextObject();
            while (o instanceof PGPMarker) {
                o = outer.nextObject();
            }
            if (!(o instanceof PGPEncryptedDataList list)) {
                throw new PgpException("not an encrypted OpenPGP message (found " + name(o) + ")");
            }
            PGPPublicKeyEncryptedData data = null;
            PGPPrivateKey key = null;
            for (Iterator<PGPEncryptedData> it = list.getEncryptedDataObjects(); it.hasNext() && key == null; ) {
                if (it.next() instanceof PGPPublicKeyEncryptedData candidate) {
                    PGPSecretKey secret = ourKeys.getSecretKey(candidate.getKeyIdentifier().getKeyId());
                    if (secret != null) {
                        data = candidate;
                        key = secret.extractPrivateKey(
                                new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
                    }
                }
            }
            if (data == null) {
                throw new PgpException("the message is not encrypted to our key");
            }
            if (!data.isIntegrityProtected()) {
                throw new PgpException("the message has no integrity packet; refused");
            }
            BcPGPObjectFactory inner = new BcPGPObjectFactory(data.getDataStream(new BcPublicKeyDataDecryptorFactory(key)));
            Object next = inner.nextObject();
            if (next instanceof PGPCompressedData compressed) {
                inner = new BcPGPObjectFactory(compressed.getDataStream());
                next = inner.nextObject();
            }
            if (!(next instanceof PGPOnePassSignatureList onePass) || onePass.isEmpty()) {
                throw new PgpSignatureException("the message is not signed; a file from the bank must be signed");
            }
            PGPOnePassSignature ops = onePass.get(0);
            PGPPublicKey signer = sender.getPublicKey(ops.getKeyID());
            String keyId = HexFormat.of().withUpperCase().formatHex(java.nio.ByteBuffer.allocate(8).putLong(ops.getKeyID()).array());
            if (signer == null) {
                throw new PgpSignatureException("the message is signed by key " + keyId + ", which is not the bank's key "
                        + PgpKeys.fingerprint(sender));
            }
            ops.init(new BcPGPContentVerifierBuilderProvider(), signer);
            Object literalObject = inner.nextObject();
            if (!(literalObject instanceof PGPLiteralData literal)) {
                throw new PgpException("the message holds no file (found " + name(literalObject) + ")");
            }
            byte[] content = literal.getInputStream().readAllBytes();
            ops.update(content);
            Object sigs = inner.nextObject();
            if (!(sigs instanceof PGPSignatureList signatures) || signatures.isEmpty()) {
                throw new PgpSignatureException("the message's signature packet is missing");
            }
            if (!ops.verify(signatures.get(0))) {
                throw new PgpSignatureException("the signature of " + literal.getFileName()
                        + " does not match its content: the file was altered or not signed by the bank");
            }
            if (!data.verify()) {
                throw new PgpException("the message failed its integrity check");
            }
            return new Opened(content, literal.getFileName(), keyId);
        } catch (PGPException | IOException | RuntimeException e) {
            if (e instanceof PgpException p) {
                throw p;
            }
            throw new PgpException("could not decrypt the message: " + e.getMessage(), e);
        }
    }

    private static String name(Object o) {
        return o == null ? "nothing" : o.getClass().getSimpleName();
    }
}

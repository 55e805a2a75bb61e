package dev.lekha.connectors.banking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PBESecretKeyEncryptor;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * OpenPGP keys for host-to-host banking: reading a public key (the bank's) or a secret key (ours) from armoured or
 * binary key files, and making an RSA key pair (signing primary key, encryption subkey) for the sandbox.
 */
public final class PgpKeys {

    private PgpKeys() {
    }

    /** An armoured secret and public key ring. The secret one is protected by the passphrase given (none if empty). */
    public record GeneratedKeys(byte[] secretKeyRing, byte[] publicKeyRing) {
    }

    /** @throws PgpException when the bytes hold no public key ring */
    public static PGPPublicKeyRing readPublicKeyRing(byte[] keyFile) {
        Object o = firstObject(keyFile, "public key");
        if (o instanceof PGPPublicKeyRing ring) {
            return ring;
        }
        if (o instanceof PGPSecretKeyRing) {
            throw new PgpException("the key file holds a secret key where a public key was expected; export the"
                    + " public key only");
        }
        throw new PgpException("the key file holds no OpenPGP public key (found " + describe(o) + ")");
    }

    /** @throws PgpException when the bytes hold no secret key ring */
    public static PGPSecretKeyRing readSecretKeyRing(byte[] keyFile) {
        Object o = firstObject(keyFile, "secret key");
        if (o instanceof PGPSecretKeyRing ring) {
            return ring;
        }
        throw new PgpException("the key file holds no OpenPGP secret key (found " + describe(o) + ")");
    }

    /** Upper-case hex fingerprint of the ring's primary key, as gpg shows it without spaces. */
    public static String fingerprint(PGPPublicKeyRing ring) {
        return HexFormat.of().withUpperCase().formatHex(ring.getPublicKey().getFingerprint());
    }

    /** The public half of a secret key ring, e.g. to hand to the bank. */
    public static byte[] publicKeyRingOf(PGPSecretKeyRing secret) {
        var keys = new java.util.ArrayList<PGPPublicKey>();
        secret.getPublicKeys().forEachRemaining(keys::add);
        return armor(new PGPPublicKeyRing(keys));
    }

    /**
     * A new RSA key pair: primary key for certifying and signing, subkey for encryption.
     *
     * @param bits       3072 for real use; tests may use 2048 to save time
     * @param passphrase protects the secret key; empty leaves it unprotected (sandbox only)
     */
    public static GeneratedKeys generate(String userId, char[] passphrase, int bits, Date created) {
        try {
            SecureRandom random = new SecureRandom();
            RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
            rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), random, bits, 80));
            BcPGPKeyPair signing = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), created);
            BcPGPKeyPair encryption = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), created);

            PGPSignatureSubpacketGenerator primary = new PGPSignatureSubpacketGenerator();
            primary.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            primary.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256, HashAlgorithmTags.SHA512});
            primary.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
            PGPSignatureSubpacketGenerator sub = new PGPSignatureSubpacketGenerator();
            sub.setKeyFlags(true, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);

            var sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
            PBESecretKeyEncryptor protector = passphrase == null || passphrase.length == 0 ? null
                    : new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256,
                            new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), 0x60).build(passphrase);
            PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, signing, userId,
                    sha1, primary.generate(), null,
                    new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), protector);
            generator.addSubKey(encryption, sub.generate(), null);
            return new GeneratedKeys(armor(generator.generateSecretKeyRing()), armor(generator.generatePublicKeyRing()));
        } catch (PGPException e) {
            throw new PgpException("could not make a PGP key pair: " + e.getMessage(), e);
        }
    }

    /** The first key of the ring flagged (or able) to encrypt, preferring a subkey. */
    static PGPPublicKey encryptionKey(PGPPublicKeyRing ring) {
        PGPPublicKey found = null;
        for (Iterator<PGPPublicKey> it = ring.getPublicKeys(); it.hasNext(); ) {
            PGPPublicKey k = it.next();
            if (k.isEncryptionKey() && !k.hasRevocation()) {
                found = k;
                if (!k.isMasterKey()) {
                    return k;
                }
            }
        }
        if (found == null) {
            throw new PgpException("public key " + fingerprint(ring) + " has no key that can encrypt");
        }
        return found;
    }

    /** The primary secret key (ours sign with their primary key). */
    static PGPSecretKey signingKey(PGPSecretKeyRing ring) {
        PGPSecretKey key = ring.getSecretKey();
        if (key == null || key.isPrivateKeyEmpty()) {
            throw new PgpException("the secret key file has no usable signing key");
        }
        return key;
    }

    private static Object firstObject(byte[] keyFile, String what) {
        if (keyFile == null || keyFile.length == 0) {
            throw new PgpException("the " + what + " file is empty");
        }
        try {
            var factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(keyFile)));
            Object o = factory.nextObject();
            if (o == null) {
                throw new PgpException("the " + what + " file holds no OpenPGP data");
            }
            return o;
        } catch (IOException e) {
            throw new PgpException("the " + what + " file is not OpenPGP: " + e.getMessage(), e);
        }
    }

    private static String describe(Object o) {
        return o == null ? "nothing" : o.getClass().getSimpleName();
    }

    private static byte[] armor(Object ring) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ArmoredOutputStream out = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
                if (ring instanceof PGPSecretKeyRing s) {
                    s.encode(out);
                } else {
                    ((PGPPublicKeyRing) ring).encode(out);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new PgpException("could not write a key ring: " + e.getMessage(), e);
        }
    }
}

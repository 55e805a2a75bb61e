package dev.lekha.connectors.nic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The NIC IRP's cryptography (auth API v1.04): a random 32-byte AppKey per login, RSA/ECB/PKCS1Padding
 * with the IRP's public key for the login payload, and AES-256/ECB/PKCS7Padding for the session
 * encryption key (SEK, under the AppKey) and for every business payload (under the SEK).
 *
 * <p>ECB is the IRP's choice, not ours; it is used here only because the IRP requires it. Bouncy Castle
 * is used as an explicit provider instance (never registered globally) so that PKCS7 padding is spelled
 * as the IRP documents it and nothing else in the JVM changes behaviour. All methods are pure apart from
 * {@link #newAppKey()} and are safe for concurrent use.
 *
 * <p>Failures: a key of the wrong length, a ciphertext that does not decrypt (bad padding), bad Base64
 * or an unparseable PEM throw {@link IllegalArgumentException}; a missing algorithm throws
 * {@link IllegalStateException}. Messages never contain key material.
 */
public final class NicCrypto {

    /** Length in bytes of the AppKey and of the SEK (AES-256). */
    public static final int AES_KEY_BYTES = 32;

    private static final String RSA = "RSA/ECB/PKCS1Padding";
    private static final String AES = "AES/ECB/PKCS7Padding";
    private static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private NicCrypto() {
    }

    /** A fresh random 32-byte AppKey for one login; never returns null. */
    public static byte[] newAppKey() {
        byte[] key = new byte[AES_KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** RSA/ECB/PKCS1Padding encryption of {@code plain} with {@code publicKey} (the IRP's encryption key). */
    public static byte[] rsaEncrypt(PublicKey publicKey, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance(RSA, BC);
            cipher.init(Cipher.ENCRYPT_MODE, publicKey);
            return cipher.doFinal(plain);
        } catch (IllegalBlockSizeException | BadPaddingException | java.security.InvalidKeyException e) {
            throw new IllegalArgumentException("RSA encryption failed (payload too long for the key, or not an RSA key)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA/ECB/PKCS1Padding not available from Bouncy Castle", e);
        }
    }

    /** RSA/ECB/PKCS1Padding decryption; the IRP's (or the sandbox's) side of {@link #rsaEncrypt}. */
    public static byte[] rsaDecrypt(PrivateKey privateKey, byte[] encrypted) {
        try {
            Cipher cipher = Cipher.getInstance(RSA, BC);
            cipher.init(Cipher.DECRYPT_MODE, privateKey);
            return cipher.doFinal(encrypted);
        } catch (IllegalBlockSizeException | BadPaddingException | java.security.InvalidKeyException e) {
            throw new IllegalArgumentException("RSA decryption failed: not encrypted for this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA/ECB/PKCS1Padding not available from Bouncy Castle", e);
        }
    }

    /** AES-256/ECB/PKCS7Padding encryption; {@code key} must be 32 bytes. */
    public static byte[] aesEncrypt(byte[] key, byte[] plain) {
        return aes(Cipher.ENCRYPT_MODE, key, plain);
    }

    /** AES-256/ECB/PKCS7Padding decryption; {@code key} must be 32 bytes. */
    public static byte[] aesDecrypt(byte[] key, byte[] encrypted) {
        return aes(Cipher.DECRYPT_MODE, key, encrypted);
    }

    /**
     * The SEK from the auth response's {@code Sek}: Base64 of AES-256-ECB(appKey, SEK).
     *
     * @return the 32-byte SEK; never null
     * @throws IllegalArgumentException when it does not decrypt under {@code appKey} or is not 32 bytes
     */
    public static byte[] decryptSek(String encryptedSekBase64, byte[] appKey) {
        byte[] sek = aesDecrypt(appKey, base64(encryptedSekBase64, "Sek"));
        if (sek.length != AES_KEY_BYTES) {
            throw new IllegalArgumentException("The decrypted SEK has " + sek.length + " bytes, expected " + AES_KEY_BYTES);
        }
        return sek;
    }

    /** The IRP's side of {@link #decryptSek}: Base64 of AES-256-ECB(appKey, sek). */
    public static String encryptSek(byte[] sek, byte[] appKey) {
        return Base64.getEncoder().encodeToString(aesEncrypt(appKey, sek));
    }

    /** A business payload as the IRP takes it in {@code Data}: Base64 of AES-256-ECB(sek, UTF-8 JSON). */
    public static String encryptData(byte[] sek, String json) {
        return Base64.getEncoder().encodeToString(aesEncrypt(sek, json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The inverse of {@link #encryptData}: the UTF-8 JSON inside a Base64 AES-256-ECB(sek, …) {@code Data}. */
    public static String decryptData(byte[] sek, String dataBase64) {
        return new String(aesDecrypt(sek, base64(dataBase64, "Data")), StandardCharsets.UTF_8);
    }

    /**
     * An RSA public key from PEM. Accepts {@code -----BEGIN PUBLIC KEY-----} (X.509 SubjectPublicKeyInfo),
     * {@code -----BEGIN RSA PUBLIC KEY-----} whose body is really a SubjectPublicKeyInfo (how NIC and GSTN
     * publish their keys) or a true PKCS#1 RSAPublicKey, a {@code CERTIFICATE} (its key), or the bare
     * Base64 body without armour lines.
     *
     * @throws IllegalArgumentException when no RSA public key can be read
     */
    public static PublicKey publicKeyFromPem(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("No PEM given for the public key");
        }
        Matcher m = PEM.matcher(pem);
        String label = m.find() ? m.group(1) : null;
        if ("CERTIFICATE".equals(label)) {
            return certificateFromPem(pem).getPublicKey();
        }
        byte[] der = pemBody(label == null ? pem : m.group(2));
        // The label is not trusted: NIC and GSTN label SubjectPublicKeyInfo bodies "RSA PUBLIC KEY",
        // so the structure is tried both ways whatever the label says.
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            try {
                return rsa.generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException notSpki) {
                RSAPublicKey pkcs1 = pkcs1OrNull(der);
                if (pkcs1 == null) {
                    throw new IllegalArgumentException("The PEM" + (label == null ? "" : " (" + label + ")")
                            + " holds neither an X.509 SubjectPublicKeyInfo nor a PKCS#1 RSAPublicKey", notSpki);
                }
                return rsa.generatePublic(new RSAPublicKeySpec(pkcs1.getModulus(), pkcs1.getPublicExponent()));
            }
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("The PEM's PKCS#1 RSAPublicKey is not a valid RSA key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key factory not available", e);
        }
    }

    /**
     * An X.509 certificate from PEM ({@code -----BEGIN CERTIFICATE-----}), e.g. the IRP's signing certificate.
     *
     * @throws IllegalArgumentException when the text is not a certificate
     */
    public static X509Certificate certificateFromPem(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("No PEM given for the certificate");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not an X.509 certificate in PEM: " + e.getMessage(), e);
        }
    }

    private static byte[] aes(int mode, byte[] key, byte[] input) {
        if (key == null || key.length != AES_KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key, got "
                    + (key == null ? "none" : key.length + " bytes"));
        }
        try {
            Cipher cipher = Cipher.getInstance(AES, BC);
            cipher.init(mode, new SecretKeySpec(key, "AES"));
            return cipher.doFinal(input);
        } catch (IllegalBlockSizeException | BadPaddingException e) {
            throw new IllegalArgumentException("AES decryption failed: not encrypted under this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/PKCS7Padding not available from Bouncy Castle", e);
        }
    }

    private static RSAPublicKey pkcs1OrNull(byte[] der) {
        try {
            return RSAPublicKey.getInstance(der);
        } catch (RuntimeException notPkcs1) {
            return null;
        }
    }

    private static byte[] pemBody(String body) {
        String compact = body.replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The PEM body is not Base64", e);
        }
    }

    private static byte[] base64(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not Base64", e);
        }
    }
}

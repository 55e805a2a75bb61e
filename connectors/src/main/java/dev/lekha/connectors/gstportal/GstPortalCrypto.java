package dev.lekha.connectors.gstportal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;

/**
 * The GSTN taxpayer API's cryptography, as GSTN's API documentation and the public clients that talk to it
 * (india-compliance {@code taxpayer_base.py} / {@code cryptography.py}; a PHP client against GSTN's own
 * sandbox {@code devapi.gstsystem.co.in}) do it:
 * <ul>
 *   <li>{@code app_key}: 32 random bytes, sent as Base64(RSA/ECB/PKCS1Padding(GSTN public key, app_key));</li>
 *   <li>the OTP: Base64(AES-256/ECB/PKCS7(app_key, UTF-8 OTP));</li>
 *   <li>{@code sek} in the auth answer: Base64(AES-256-ECB(app_key, 32-byte SEK));</li>
 *   <li>a request's {@code data}: Base64(AES-256-ECB(SEK, ASCII of Base64(UTF-8 JSON))) and its {@code hmac}:
 *       Base64(HMAC-SHA256(key SEK, ASCII of Base64(UTF-8 JSON)));</li>
 *   <li>a response's {@code rek}: Base64(AES-256-ECB(SEK, 32-byte REK)); its {@code data}:
 *       Base64(AES-256-ECB(REK, Base64(JSON))) and its {@code hmac}: Base64(HMAC-SHA256(key REK, Base64(JSON))).</li>
 * </ul>
 * ECB is GSTN's choice, used only because the API requires it. PKCS#7 and the JCE's "PKCS5Padding" are the
 * same padding for 16-byte blocks, so the JDK provider is enough. Pure apart from {@link #newAppKey()};
 * thread-safe. Bad keys, bad Base64 or undecryptable input throw {@link IllegalArgumentException} whose
 * message never contains key material.
 */
public final class GstPortalCrypto {

    /** Length in bytes of app_key, SEK and REK (AES-256). */
    public static final int KEY_BYTES = 32;

    private static final String RSA = "RSA/ECB/PKCS1Padding";
    private static final String AES = "AES/ECB/PKCS5Padding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----",
            Pattern.DOTALL);

    private GstPortalCrypto() {
    }

    /** A fresh random 32-byte key (app_key, or on the portal's side a SEK or REK); never null. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Same as {@link #newKey()}: the app_key of one authentication. */
    public static byte[] newAppKey() {
        return newKey();
    }

    /** Base64 of RSA/ECB/PKCS1Padding(publicKey, plain): how app_key travels in OTPREQUEST and AUTHTOKEN. */
    public static String rsaEncrypt(PublicKey publicKey, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance(RSA);
            cipher.init(Cipher.ENCRYPT_MODE, publicKey);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain));
        } catch (InvalidKeyException | IllegalBlockSizeException | BadPaddingException e) {
            throw new IllegalArgumentException("RSA encryption failed (not an RSA key, or payload too long)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(RSA + " not available", e);
        }
    }

    /** The portal's side of {@link #rsaEncrypt}. */
    public static byte[] rsaDecrypt(PrivateKey privateKey, String encryptedBase64) {
        byte[] encrypted = base64(encryptedBase64, "app_key");
        try {
            Cipher cipher = Cipher.getInstance(RSA);
            cipher.init(Cipher.DECRYPT_MODE, privateKey);
            return cipher.doFinal(encrypted);
        } catch (InvalidKeyException | IllegalBlockSizeException | BadPaddingException e) {
            throw new IllegalArgumentException("RSA decryption failed: not encrypted for this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(RSA + " not available", e);
        }
    }

    /** Base64 of AES-256-ECB-PKCS7(key, plain). */
    public static String aesEncrypt(byte[] key, byte[] plain) {
        return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, key, plain));
    }

    /** The bytes inside a Base64 AES-256-ECB-PKCS7(key, …). */
    public static byte[] aesDecrypt(byte[] key, String encryptedBase64, String what) {
        return aes(Cipher.DECRYPT_MODE, key, base64(encryptedBase64, what));
    }

    /** A 32-byte key sent encrypted under another (sek under app_key, rek under SEK). */
    public static byte[] decryptKey(byte[] key, String encryptedBase64, String what) {
        byte[] plain = aesDecrypt(key, encryptedBase64, what);
        if (plain.length != KEY_BYTES) {
            throw new IllegalArgumentException("The decrypted " + what + " has " + plain.length + " bytes, expected "
                    + KEY_BYTES);
        }
        return plain;
    }

    /** The ASCII Base64 of the UTF-8 JSON: what is encrypted and what the HMAC is computed over. */
    public static String base64Json(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A payload's {@code data}: Base64(AES-256-ECB(key, ASCII of Base64(UTF-8 json))). */
    public static String encryptPayload(byte[] key, String json) {
        return aesEncrypt(key, base64Json(json).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The Base64 JSON inside a payload's {@code data} (not yet decoded, because the HMAC is computed over it).
     *
     * @throws IllegalArgumentException when it does not decrypt under {@code key}
     */
    public static String decryptPayload(byte[] key, String data) {
        return new String(aesDecrypt(key, data, "data"), StandardCharsets.US_ASCII);
    }

    /** The UTF-8 JSON behind a Base64 JSON from {@link #decryptPayload}. */
    public static String decodeBase64Json(String base64Json) {
        return new String(base64(base64Json, "decrypted data"), StandardCharsets.UTF_8);
    }

    /** Base64(HMAC-SHA256(key, ASCII bytes of base64Json)). */
    public static String hmac(byte[] key, String base64Json) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(base64Json.getBytes(StandardCharsets.US_ASCII)));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an HMAC key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }

    /** Whether {@code hmac} is the HMAC of {@code base64Json} under {@code key}; compared in constant time. */
    public static boolean hmacMatches(byte[] key, String base64Json, String hmac) {
        if (hmac == null) {
            return false;
        }
        return MessageDigest.isEqual(hmac(key, base64Json).getBytes(StandardCharsets.US_ASCII),
                hmac.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * An RSA public key from PEM: {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo), {@code RSA PUBLIC KEY} whose body
     * is really a SubjectPublicKeyInfo (how GSTN publishes its key) or a true PKCS#1 RSAPublicKey, or the bare
     * Base64 body. The label is not trusted: both structures are tried.
     *
     * @throws IllegalArgumentException when no RSA public key can be read
     */
    public static PublicKey publicKeyFromPem(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("No PEM given for the GSTN public key");
        }
        Matcher m = PEM.matcher(pem);
        String body = m.find() ? m.group(2) : pem;
        byte[] der = base64(body.replaceAll("\\s", ""), "PEM body");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            try {
                return rsa.generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException notSpki) {
                RSAPublicKey pkcs1;
                try {
                    pkcs1 = RSAPublicKey.getInstance(der);
                } catch (RuntimeException notPkcs1) {
                    throw new IllegalArgumentException(
                            "The PEM holds neither an X.509 SubjectPublicKeyInfo nor a PKCS#1 RSAPublicKey", notSpki);
                }
                return rsa.generatePublic(new RSAPublicKeySpec(pkcs1.getModulus(), pkcs1.getPublicExponent()));
            }
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("The PEM's RSA public key is not valid", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key factory not available", e);
        }
    }

    private static byte[] aes(int mode, byte[] key, byte[] input) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key, got "
                    + (key == null ? "none" : key.length + " bytes"));
        }
        try {
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(mode, new SecretKeySpec(key, "AES"));
            return cipher.doFinal(input);
        } catch (IllegalBlockSizeException | BadPaddingException e) {
            throw new IllegalArgumentException("AES decryption failed: not encrypted under this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(AES + " not available", e);
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

package dev.lekha.connectors.nic.sandbox;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The IRP's ciphers, server side: RSA/ECB/PKCS1Padding for the login payload and AES-256/ECB/PKCS7 for the
 * SEK and every business payload. (JCE calls PKCS7 padding of 16-byte blocks "PKCS5Padding".) ECB is
 * the IRP's protocol, not a choice. Duplicates the client's crypto on purpose, so each side is tested
 * against the other rather than against itself.
 */
final class IrpSandboxCrypto {

    private IrpSandboxCrypto() {
    }

    static byte[] rsaDecrypt(PrivateKey key, byte[] cipherText) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, key);
        return cipher.doFinal(cipherText);
    }

    static byte[] aesEncrypt(byte[] key, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 must be available", e);
        }
    }

    static byte[] aesDecrypt(byte[] key, byte[] cipherText) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
        return cipher.doFinal(cipherText);
    }
}

package dev.lekha.hub.nic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the passphrase that encrypts stored IRP credentials comes from: {@code lekha.nic.credentials-key}
 * (environment {@code LEKHA_NIC_CREDENTIALS_KEY}) when set; otherwise, in sandbox mode only, a random key
 * generated once into {@code <data-dir>/secrets/nic-credentials.key} (owner-only permissions). Live mode
 * without a key refuses to start, so real credentials are never encrypted with a key kept beside them.
 */
final class NicCredentialsKey {

    private NicCredentialsKey() {
    }

    static String resolve(NicSettings settings, Path dataDir) {
        if (settings.credentialsKey() != null && !settings.credentialsKey().isBlank()) {
            return settings.credentialsKey();
        }
        if (!settings.sandbox()) {
            throw new IllegalStateException("lekha.nic.mode=live needs lekha.nic.credentials-key"
                    + " (LEKHA_NIC_CREDENTIALS_KEY, at least 16 characters) to encrypt the stored IRP credentials");
        }
        Path file = dataDir.resolve("secrets").resolve("nic-credentials.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String text = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL applies
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sandbox credentials key " + file, e);
        }
    }
}

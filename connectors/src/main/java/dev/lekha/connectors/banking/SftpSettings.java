package dev.lekha.connectors.banking;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the bank's host-to-host SFTP server.
 *
 * @param password           may be null when a key is used; never logged
 * @param privateKey         OpenSSH/PEM private key file; may be null when a password is used
 * @param keyPassphrase      of the private key; may be null
 * @param hostKeyFingerprint the server's pinned host key, as {@code ssh-keygen -lf} prints it ({@code SHA256:...})
 * @param inboxDir           where upload files go (the bank picks them up)
 * @param outboxDir          where the bank leaves reverse files
 */
public record SftpSettings(String host, int port, String username, String password, Path privateKey,
                           String keyPassphrase, String hostKeyFingerprint, String inboxDir, String outboxDir,
                           Duration connectTimeout, Duration authTimeout, Duration ioTimeout) {

    public SftpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(inboxDir, "inboxDir");
        Objects.requireNonNull(outboxDir, "outboxDir");
        if (hostKeyFingerprint == null || hostKeyFingerprint.isBlank()) {
            throw new IllegalArgumentException("the bank's SFTP host key fingerprint must be pinned (SHA256:...)");
        }
        if ((password == null || password.isEmpty()) && privateKey == null) {
            throw new IllegalArgumentException("SFTP needs a password or a private key file");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        authTimeout = authTimeout == null ? Duration.ofSeconds(10) : authTimeout;
        ioTimeout = ioTimeout == null ? Duration.ofSeconds(30) : ioTimeout;
    }

    @Override
    public String toString() {
        return "SftpSettings[" + username + "@" + host + ":" + port + ", hostKey=" + hostKeyFingerprint + ", inbox="
                + inboxDir + ", outbox=" + outboxDir + ", auth=" + (privateKey != null ? "key" : "password") + "]";
    }
}

package dev.lekha.connectors.banking.sandbox;

import java.nio.file.Path;

/**
 * The embedded SFTP server that plays the bank.
 *
 * @param port           0 picks a free port (tests)
 * @param dataDir        its own host key, PGP keys, UTR counter and SFTP root (inbox, outbox, processed)
 * @param authorizedKeys OpenSSH authorized_keys accepted for key login; may be null (password only)
 * @param pgp            whether upload files arrive PGP-encrypted and reverse files leave so
 * @param armor          reverse files ASCII-armoured (true) or binary
 */
public record SandboxBankSettings(String host, int port, Path dataDir, String username, String password,
                                  Path authorizedKeys, boolean pgp, boolean armor) {

    @Override
    public String toString() {
        return "SandboxBankSettings[" + username + "@" + host + ":" + port + ", dataDir=" + dataDir + ", pgp=" + pgp + "]";
    }
}

package dev.lekha.hub.payments;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.banking.*}: payment files to the bank, host-to-host.
 *
 * @param mode         {@code sandbox} (the hub starts its own SFTP bank, keys made under the data dir) or {@code live}
 * @param layout       default layout of new batches: {@code HDFC_ENET} or {@code GENERIC_CSV}
 * @param clientCode   the code the bank knows us by; starts upload file names (HDFC: 4 characters)
 * @param pollInterval how often the bank's outbox is read while a batch awaits its answer
 * @param pollEnabled  whether this node polls
 * @param sftp         the bank's SFTP server (live)
 * @param pgp          PGP on files both ways
 * @param sandbox      the sandbox bank
 */
@ConfigurationProperties("lekha.banking")
public record BankingSettings(
        @DefaultValue("sandbox") String mode,
        @DefaultValue("HDFC_ENET") String layout,
        @DefaultValue("LEKH") String clientCode,
        @DefaultValue("5m") Duration pollInterval,
        @DefaultValue("true") boolean pollEnabled,
        @DefaultValue Sftp sftp,
        @DefaultValue Pgp pgp,
        @DefaultValue Sandbox sandbox) {

    public boolean isSandbox() {
        return !"live".equalsIgnoreCase(mode);
    }

    /**
     * @param password           LEKHA_BANKING_SFTP_PASSWORD; or a key:
     * @param privateKey         OpenSSH/PEM private key file
     * @param privateKeyPassphrase LEKHA_BANKING_SFTP_PRIVATE_KEY_PASSPHRASE
     * @param hostKeyFingerprint the bank's host key as {@code ssh-keygen -lf} prints it (SHA256:...), pinned
     */
    public record Sftp(String host, @DefaultValue("22") int port, String username, String password, Path privateKey,
                       String privateKeyPassphrase, String hostKeyFingerprint,
                       @DefaultValue("/inbox") String inboxDir, @DefaultValue("/outbox") String outboxDir,
                       @DefaultValue("10s") Duration connectTimeout, @DefaultValue("10s") Duration authTimeout,
                       @DefaultValue("30s") Duration ioTimeout) {

        @Override
        public String toString() {
            return "Sftp[" + username + "@" + host + ":" + port + "]";
        }
    }

    /**
     * @param enabled       encrypt and sign upload files, require the bank's signature on reverse files
     * @param armor         ASCII-armoured (.asc) rather than binary (.pgp)
     * @param ourSecretKey  our secret key ring (armoured or binary); sandbox default {@code <data-dir>/banking/our-secret.asc}, made at first start
     * @param passphrase    of our secret key: LEKHA_BANKING_PGP_PASSPHRASE (sandbox keys have none)
     * @param bankPublicKey the bank's public key; sandbox: the sandbox bank's own
     */
    public record Pgp(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean armor, Path ourSecretKey,
                      String passphrase, Path bankPublicKey) {

        @Override
        public String toString() {
            return "Pgp[enabled=" + enabled + ", armor=" + armor + "]";
        }
    }

    /**
     * @param port SFTP port of the sandbox bank; 0 picks a free one
     * @param dir  its host key, PGP keys and SFTP folders (default {@code <data-dir>/sandbox/bank})
     */
    public record Sandbox(@DefaultValue("0") int port, Path dir) {
    }
}

package dev.lekha.hub.payments;

import dev.lekha.connectors.banking.BankSftpClient;
import dev.lekha.connectors.banking.PgpEnvelope;
import dev.lekha.connectors.banking.PgpKeys;
import dev.lekha.connectors.banking.SftpSettings;
import dev.lekha.connectors.banking.sandbox.SandboxBank;
import dev.lekha.connectors.banking.sandbox.SandboxBankSettings;
import dev.lekha.mappings.payment.SandboxBankFileCodec;
import dev.lekha.routes.payment.BankLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The bank connection as configured, set up on first use (a hub that never pays anyone makes no keys and opens no
 * port). Sandbox: our PGP key pair is made under {@code <data-dir>/banking} at first use and kept; the sandbox bank
 * (its own host key and PGP keys under its dir) is started on its port with a login made up for this run, and
 * the client pins its host key. Live: everything from {@code lekha.banking.*}; missing settings fail clearly.
 */
class HubBankLink implements BankLink, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HubBankLink.class);

    private final BankingSettings settings;
    private final Path dataDir;
    private final Clock clock;
    private volatile Connected connected;

    private record Connected(BankSftpClient sftp, PgpEnvelope envelope, PGPPublicKeyRing bankKey, SandboxBank sandbox) {
    }

    HubBankLink(BankingSettings settings, Path dataDir, Clock clock) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    private Connected connected() {
        Connected c = connected;
        if (c == null) {
            synchronized (this) {
                if (connected == null) {
                    try {
                        connected = settings.isSandbox() ? sandbox() : live();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot set up the bank connection: " + e.getMessage(), e);
                    }
                }
                c = connected;
            }
        }
        return c;
    }

    private Connected sandbox() throws IOException {
        Path ourDir = dataDir.resolve("banking");
        Path secret = settings.pgp().ourSecretKey() != null ? settings.pgp().ourSecretKey() : ourDir.resolve("our-secret.asc");
        Path ourPublic = secret.resolveSibling("our-public.asc");
        if (!Files.exists(secret)) {
            Files.createDirectories(secret.getParent());
            PgpKeys.GeneratedKeys keys = PgpKeys.generate("Lekha hub (sandbox) <payments@lekha.invalid>", new char[0], 3072,
                    Date.from(clock.instant()));
            Files.write(secret, keys.secretKeyRing());
            ownerOnly(secret);
            Files.write(ourPublic, keys.publicKeyRing());
            log.info("banking sandbox: made our PGP key pair under {}", secret.getParent());
        }
        PgpEnvelope envelope = new PgpEnvelope(PgpKeys.readSecretKeyRing(Files.readAllBytes(secret)), new char[0]);
        PGPPublicKeyRing ours = PgpKeys.readPublicKeyRing(PgpKeys.publicKeyRingOf(PgpKeys.readSecretKeyRing(Files.readAllBytes(secret))));
        byte[] secretBytes = new byte[18];
        new SecureRandom().nextBytes(secretBytes);
        String password = HexFormat.of().formatHex(secretBytes);
        Path bankDir = settings.sandbox().dir() != null ? settings.sandbox().dir() : dataDir.resolve("sandbox").resolve("bank");
        SandboxBank bank = new SandboxBank(new SandboxBankSettings("127.0.0.1", settings.sandbox().port(), bankDir, "lekha",
                password, null, settings.pgp().enabled(), settings.pgp().armor()), new SandboxBankFileCodec(), () -> ours,
                clock);
        bank.start();
        BankSftpClient sftp = new BankSftpClient(new SftpSettings("127.0.0.1", bank.port(), "lekha", password, null, null,
                bank.hostKeyFingerprint(), "/inbox", "/outbox", settings.sftp().connectTimeout(),
                settings.sftp().authTimeout(), settings.sftp().ioTimeout()));
        return new Connected(sftp, envelope, bank.bankPublicKey(), bank);
    }

    private Connected live() throws IOException {
        BankingSettings.Sftp s = settings.sftp();
        if (s.host() == null || s.username() == null || s.hostKeyFingerprint() == null) {
            throw new IllegalStateException("lekha.banking.mode=live needs lekha.banking.sftp.host, .username and"
                    + " .host-key-fingerprint, and a password (LEKHA_BANKING_SFTP_PASSWORD) or .private-key");
        }
        BankSftpClient sftp = new BankSftpClient(new SftpSettings(s.host(), s.port(), s.username(), s.password(),
                s.privateKey(), s.privateKeyPassphrase(), s.hostKeyFingerprint(), s.inboxDir(), s.outboxDir(),
                s.connectTimeout(), s.authTimeout(), s.ioTimeout()));
        if (!settings.pgp().enabled()) {
            return new Connected(sftp, null, null, null);
        }
        if (settings.pgp().ourSecretKey() == null || settings.pgp().bankPublicKey() == null) {
            sftp.close();
            throw new IllegalStateException("lekha.banking.pgp.enabled=true in live mode needs"
                    + " lekha.banking.pgp.our-secret-key and lekha.banking.pgp.bank-public-key");
        }
        char[] passphrase = settings.pgp().passphrase() == null ? new char[0] : settings.pgp().passphrase().toCharArray();
        return new Connected(sftp,
                new PgpEnvelope(PgpKeys.readSecretKeyRing(Files.readAllBytes(settings.pgp().ourSecretKey())), passphrase),
                PgpKeys.readPublicKeyRing(Files.readAllBytes(settings.pgp().bankPublicKey())), null);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not POSIX (Windows): the data dir's permissions apply
        }
    }

    /** The sandbox bank when in sandbox mode and set up; null otherwise. */
    SandboxBank sandboxBank() {
        return connected().sandbox();
    }

    @Override public BankSftpClient sftp() { return connected().sftp(); }
    @Override public boolean pgp() { return settings.pgp().enabled(); }
    @Override public PgpEnvelope envelope() { return connected().envelope(); }
    @Override public PGPPublicKeyRing bankKey() { return connected().bankKey(); }
    @Override public boolean armor() { return settings.pgp().armor(); }
    @Override public String clientCode() { return settings.clientCode(); }
    @Override public Duration pollInterval() { return settings.pollInterval(); }
    @Override public boolean pollEnabled() { return settings.pollEnabled(); }

    @Override
    public void destroy() {
        Connected c = connected;
        if (c != null) {
            c.sftp().close();
            if (c.sandbox() != null) {
                c.sandbox().close();
            }
        }
    }
}

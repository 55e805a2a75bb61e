package dev.lekha.connectors.banking.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.connectors.banking.BankAuthenticationException;
import dev.lekha.connectors.banking.BankHostKeyException;
import dev.lekha.connectors.banking.BankSftpClient;
import dev.lekha.connectors.banking.BankSftpException;
import dev.lekha.connectors.banking.PgpEnvelope;
import dev.lekha.connectors.banking.PgpKeys;
import dev.lekha.connectors.banking.RemoteFile;
import dev.lekha.connectors.banking.SftpSettings;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SFTP client against the embedded sandbox bank over real sockets (port 0: a free one). */
class SandboxBankSftpTest {

    // 2026-12-07 10:00 IST: day 341 of 2026, so the first NEFT UTR is LKSBN26341000001
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T04:30:00Z"), ZoneOffset.UTC);
    private static final String PAYMENTS = "LK1-1,NEFT,45000.00,Shree Ganesh Traders,50100012345678,HDFC0001234,2026-12-07\n"
            + "LK1-2,NEFT,1234.50,A K Rao,12345678000,SBIN0012345,2026-12-07\n"
            + "LK1-3,RTGS,250000.00,Kaveri Steel,000405012345,ICIC0000004,2026-12-07";

    @TempDir
    Path dir;

    private SandboxBank bank;
    private BankSftpClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (bank != null) {
            bank.close();
        }
    }

    private SandboxBank startBank(boolean pgp, Path authorizedKeys, PGPPublicKeyRing customerKey) throws Exception {
        bank = new SandboxBank(new SandboxBankSettings("127.0.0.1", 0, dir.resolve("bank"), "lekha", "s3cret-pass",
                authorizedKeys, pgp, true), new LineCodec(), () -> customerKey, CLOCK);
        bank.start();
        return bank;
    }

    private SftpSettings settings(String password, Path key, String fingerprint) {
        return new SftpSettings("127.0.0.1", bank.port(), "lekha", password, key, null, fingerprint, "/inbox", "/outbox",
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void uploadsWithPasswordAndReadsTheBanksAnswer() throws Exception {
        startBank(false, null, null);
        client = new BankSftpClient(settings("s3cret-pass", null, bank.hostKeyFingerprint()));

        client.upload("PAY-1.txt", PAYMENTS.getBytes(StandardCharsets.US_ASCII));

        assertThat(bank.sftpRoot().resolve("processed/PAY-1.txt")).exists();
        assertThat(bank.sftpRoot().resolve("inbox")).isEmptyDirectory();
        assertThat(client.listOutbox()).extracting(RemoteFile::name).containsExactly("PAY-1.txt.rev");
        assertThat(new String(client.download("PAY-1.txt.rev"), StandardCharsets.US_ASCII)).isEqualTo(
                "LK1-1,E,LKSBN26341000001,,2026-12-07\n"
                        + "LK1-2,R,,Account closed,2026-12-07\n"
                        + "LK1-3,E,LKSBR52026120700000002,,2026-12-07\n");
    }

    @Test
    void refusesAServerWhoseHostKeyIsNotThePinnedOne() throws Exception {
        startBank(false, null, null);
        client = new BankSftpClient(settings("s3cret-pass", null, "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        assertThatThrownBy(() -> client.upload("PAY-2.txt", PAYMENTS.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(BankHostKeyException.class,
                        e -> assertThat(e.presentedFingerprint()).isEqualTo(bank.hostKeyFingerprint()));
        assertThat(bank.sftpRoot().resolve("inbox")).isEmptyDirectory();
        assertThat(bank.sftpRoot().resolve("processed")).isEmptyDirectory();
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        startBank(false, null, null);
        client = new BankSftpClient(settings("wrong", null, bank.hostKeyFingerprint()));

        assertThatThrownBy(client::listOutbox).isInstanceOf(BankAuthenticationException.class);
    }

    @Test
    void logsInWithAKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(privateKey)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "lekha", null, out);
        }
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, PublicKeyEntry.toString(pair.getPublic()) + " lekha\n");
        startBank(false, authorized, null);
        client = new BankSftpClient(settings(null, privateKey, bank.hostKeyFingerprint()));

        client.upload("PAY-3.txt", PAYMENTS.getBytes(StandardCharsets.US_ASCII));

        assertThat(client.listOutbox()).extracting(RemoteFile::name).containsExactly("PAY-3.txt.rev");
    }

    @Test
    void withPgpTheBankChecksOurSignatureAndSignsItsAnswer() throws Exception {
        PgpKeys.GeneratedKeys ours = PgpKeys.generate("Lekha <p@lekha.test>", new char[0], 2048, Date.from(CLOCK.instant()));
        PGPPublicKeyRing ourPublic = PgpKeys.readPublicKeyRing(ours.publicKeyRing());
        PgpEnvelope envelope = new PgpEnvelope(PgpKeys.readSecretKeyRing(ours.secretKeyRing()), new char[0]);
        startBank(true, null, ourPublic);
        client = new BankSftpClient(settings("s3cret-pass", null, bank.hostKeyFingerprint()));

        client.upload("PAY-4.txt.asc", envelope.seal(PAYMENTS.getBytes(StandardCharsets.US_ASCII), "PAY-4.txt",
                bank.bankPublicKey(), true, CLOCK.instant()));

        assertThat(client.listOutbox()).extracting(RemoteFile::name).containsExactly("PAY-4.txt.rev.asc");
        PgpEnvelope.Opened answer = envelope.open(client.download("PAY-4.txt.rev.asc"), bank.bankPublicKey());
        assertThat(new String(answer.content(), StandardCharsets.US_ASCII)).startsWith("LK1-1,E,LKSBN26341000001,,");

        // a file signed by someone else is refused by the bank with an error file, not paid
        PgpKeys.GeneratedKeys other = PgpKeys.generate("X <x@evil.test>", new char[0], 2048, Date.from(CLOCK.instant()));
        client.upload("PAY-5.txt.asc", new PgpEnvelope(PgpKeys.readSecretKeyRing(other.secretKeyRing()), new char[0])
                .seal(PAYMENTS.getBytes(StandardCharsets.US_ASCII), "PAY-5.txt", bank.bankPublicKey(), true, CLOCK.instant()));
        assertThat(client.listOutbox()).extracting(RemoteFile::name)
                .containsExactly("PAY-4.txt.rev.asc", "PAY-5.txt.asc.error.txt");
        assertThat(new String(client.download("PAY-5.txt.asc.error.txt"), StandardCharsets.UTF_8))
                .contains("not the bank's key");
    }

    @Test
    void keepsItsKeysAcrossRestarts() throws Exception {
        startBank(false, null, null);
        String hostKey = bank.hostKeyFingerprint();
        String pgpKey = PgpKeys.fingerprint(bank.bankPublicKey());
        bank.close();

        startBank(false, null, null);

        assertThat(bank.hostKeyFingerprint()).isEqualTo(hostKey);
        assertThat(PgpKeys.fingerprint(bank.bankPublicKey())).isEqualTo(pgpKey);
    }

    @Test
    void anUnreachableServerIsATypedError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        client = new BankSftpClient(new SftpSettings("127.0.0.1", closedPort, "lekha", "x", null, null, "SHA256:x",
                "/inbox", "/outbox", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> client.upload("PAY-6.txt", new byte[] {1})).isInstanceOf(BankSftpException.class)
                .hasMessageContaining("could not upload PAY-6.txt");
    }
}

package dev.lekha.routes.payment;

import dev.lekha.connectors.banking.BankSftpClient;
import dev.lekha.connectors.banking.PgpEnvelope;
import dev.lekha.connectors.banking.PgpKeys;
import dev.lekha.connectors.banking.SftpSettings;
import dev.lekha.connectors.banking.sandbox.SandboxBank;
import dev.lekha.connectors.banking.sandbox.SandboxBankSettings;
import dev.lekha.mappings.payment.SandboxBankFileCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the routes module's own context: the sandbox bank on a free port with fresh keys in a temporary folder, and
 * a {@link BankLink} to it with PGP on (armoured), client code LEKH; the poll route does not run by itself.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentTestBank {

    static final char[] OUR_PASSPHRASE = "routes-test-passphrase".toCharArray();

    public record OurKeys(PgpEnvelope envelope, PGPPublicKeyRing publicKey) {
    }

    @Bean
    OurKeys ourPgpKeys(Clock clock) {
        PgpKeys.GeneratedKeys keys = PgpKeys.generate("Lekha routes test <p@lekha.test>", OUR_PASSPHRASE, 2048,
                Date.from(clock.instant()));
        return new OurKeys(new PgpEnvelope(PgpKeys.readSecretKeyRing(keys.secretKeyRing()), OUR_PASSPHRASE),
                PgpKeys.readPublicKeyRing(keys.publicKeyRing()));
    }

    @Bean(destroyMethod = "close")
    SandboxBank testSandboxBank(OurKeys ours, Clock clock) throws IOException {
        Path dir = Files.createTempDirectory("lekha-sandbox-bank");
        SandboxBank bank = new SandboxBank(new SandboxBankSettings("127.0.0.1", 0, dir, "lekha", "routes-test-sftp",
                null, true, true), new SandboxBankFileCodec(), ours::publicKey, clock);
        bank.start();
        return bank;
    }

    @Bean(destroyMethod = "close")
    BankSftpClient testBankSftpClient(SandboxBank bank) {
        return new BankSftpClient(new SftpSettings("127.0.0.1", bank.port(), "lekha", "routes-test-sftp", null, null,
                bank.hostKeyFingerprint(), "/inbox", "/outbox", Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(20)));
    }

    /** Switch to make the bank unreachable (a client pointed at a closed port) and back. */
    public static final class BankOutage {
        private final java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();

        public void begin() {
            down.set(true);
        }

        public void end() {
            down.set(false);
        }
    }

    @Bean
    BankOutage bankOutage() {
        return new BankOutage();
    }

    @Bean(destroyMethod = "close")
    BankSftpClient unreachableBankSftpClient() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return new BankSftpClient(new SftpSettings("127.0.0.1", closedPort, "lekha", "x", null, null, "SHA256:x",
                "/inbox", "/outbox", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @Bean
    BankLink testBankLink(BankSftpClient testBankSftpClient, BankSftpClient unreachableBankSftpClient, SandboxBank bank,
                          OurKeys ours, BankOutage outage) {
        return new BankLink() {
            @Override public BankSftpClient sftp() { return outage.down.get() ? unreachableBankSftpClient : testBankSftpClient; }
            @Override public boolean pgp() { return true; }
            @Override public PgpEnvelope envelope() { return ours.envelope(); }
            @Override public PGPPublicKeyRing bankKey() { return bank.bankPublicKey(); }
            @Override public boolean armor() { return true; }
            @Override public String clientCode() { return "LEKH"; }
            @Override public Duration pollInterval() { return Duration.ofMinutes(5); }
            @Override public boolean pollEnabled() { return false; }
        };
    }
}

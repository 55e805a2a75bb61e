package dev.lekha.connectors.banking.sandbox;

import dev.lekha.connectors.banking.BankSftpClient;
import dev.lekha.connectors.banking.PgpEnvelope;
import dev.lekha.connectors.banking.PgpKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bank's host-to-host desk for the sandbox: an SFTP server (Apache MINA SSHD) with an {@code inbox} for upload
 * files and an {@code outbox} for reverse files. When a file is renamed into the inbox (complete), it decrypts it
 * and checks the customer's signature (PGP on), reads the payments, pays each with a generated UTR — except an
 * account number ending in {@code 000}, rejected "Account closed", and a payment the bank's rules refuse — and
 * writes the reverse file, signed and encrypted to the customer, into the outbox. A file it cannot read gets a
 * {@code <name>.error.txt} in the outbox. Its host key and PGP keys are made at first start under its data dir.
 */
public final class SandboxBank implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxBank.class);
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** The sandbox bank's four-letter code in UTRs (no real bank uses it). */
    static final String BANK_CODE = "LKSB";

    private final SandboxBankSettings settings;
    private final BankFileCodec codec;
    private final Supplier<PGPPublicKeyRing> customerKey;
    private final Clock clock;
    private final Path root;
    private SshServer server;
    private PgpEnvelope envelope;
    private PGPPublicKeyRing bankPublicKey;

    /**
     * @param customerKey the customer's (Lekha's) PGP public key, asked for when a file arrives; may give null
     *                    when PGP is off
     */
    public SandboxBank(SandboxBankSettings settings, BankFileCodec codec, Supplier<PGPPublicKeyRing> customerKey,
                       Clock clock) {
        this.settings = settings;
        this.codec = codec;
        this.customerKey = customerKey;
        this.clock = clock;
        // absolute: the SFTP root must not depend on the working directory
        this.root = settings.dataDir().toAbsolutePath().normalize().resolve("sftp");
    }

    /** Makes missing keys, then listens. */
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        Files.createDirectories(root.resolve("inbox"));
        Files.createDirectories(root.resolve("outbox"));
        Files.createDirectories(root.resolve("processed"));
        Path pgpDir = settings.dataDir().resolve("pgp");
        Path secret = pgpDir.resolve("bank-secret.asc");
        Path publicKey = pgpDir.resolve("bank-public.asc");
        if (!Files.exists(secret)) {
            Files.createDirectories(pgpDir);
            PgpKeys.GeneratedKeys keys = PgpKeys.generate("Lekha sandbox bank <h2h@sandbox-bank.invalid>", new char[0],
                    3072, Date.from(clock.instant()));
            writePrivate(secret, keys.secretKeyRing());
            Files.write(publicKey, keys.publicKeyRing());
            log.info("sandbox bank: made its PGP key pair under {}", pgpDir);
        }
        envelope = new PgpEnvelope(PgpKeys.readSecretKeyRing(Files.readAllBytes(secret)), new char[0]);
        bankPublicKey = PgpKeys.readPublicKeyRing(Files.readAllBytes(publicKey));

        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(settings.host());
        sshd.setPort(settings.port());
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(settings.dataDir().resolve("host-key.ser"));
        hostKeys.setAlgorithm("EC");
        sshd.setKeyPairProvider(hostKeys);
        sshd.setPasswordAuthenticator((user, password, session) -> settings.username().equals(user)
                && settings.password() != null && !settings.password().isEmpty() && settings.password().equals(password));
        if (settings.authorizedKeys() != null) {
            AuthorizedKeysAuthenticator keys = new AuthorizedKeysAuthenticator(settings.authorizedKeys());
            sshd.setPublickeyAuthenticator((user, key, session) -> settings.username().equals(user)
                    && keys.authenticate(user, key, session));
        } else {
            sshd.setPublickeyAuthenticator((user, key, session) -> false);
        }
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void moved(ServerSession session, Path src, Path dst, Collection<java.nio.file.CopyOption> opts,
                              Throwable thrown) {
                if (thrown == null && dst.getParent() != null && "inbox".equals(String.valueOf(dst.getParent().getFileName()))) {
                    receive(dst.getFileName().toString());
                }
            }
        });
        sshd.setSubsystemFactories(List.of(sftp));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        server = sshd;
        log.info("sandbox bank: SFTP on {}:{}, host key {}", settings.host(), port(), hostKeyFingerprint());
    }

    /** The port it listens on (the one picked when configured 0). */
    public int port() {
        return server.getPort();
    }

    /** Its host key's fingerprint, to pin in the client ({@code SHA256:...}). */
    public String hostKeyFingerprint() {
        try {
            KeyPair pair = server.getKeyPairProvider().loadKeys(null).iterator().next();
            return BankSftpClient.fingerprint(pair.getPublic());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("sandbox bank host key unreadable", e);
        }
    }

    /** The bank's PGP public key (armoured), for the customer's configuration. */
    public PGPPublicKeyRing bankPublicKey() {
        return bankPublicKey;
    }

    /** The folder files land in (tests look at it). */
    public Path sftpRoot() {
        return root;
    }

    private synchronized void receive(String fileName) {
        if (fileName.endsWith(".part")) {
            return;
        }
        Path file = root.resolve("inbox").resolve(fileName);
        try {
            byte[] content = Files.readAllBytes(file);
            String uploadName = fileName;
            if (settings.pgp()) {
                PGPPublicKeyRing customer = customerKey.get();
                if (customer == null) {
                    throw new IllegalStateException("the bank holds no PGP key of the customer");
                }
                content = envelope.open(content, customer).content();
                uploadName = stripPgpSuffix(fileName);
            }
            List<SandboxPayment> payments = codec.readPayments(uploadName, content);
            List<SandboxOutcome> outcomes = new ArrayList<>();
            for (SandboxPayment p : payments) {
                outcomes.add(decide(p));
            }
            byte[] reverse = codec.writeReverse(uploadName, outcomes);
            String reverseName = codec.reverseFileName(uploadName);
            if (settings.pgp()) {
                reverse = envelope.seal(reverse, reverseName, customerKey.get(), settings.armor(), clock.instant());
                reverseName = reverseName + (settings.armor() ? ".asc" : ".pgp");
            }
            publish(reverseName, reverse);
            log.info("sandbox bank: answered {} ({} payments) with {}", fileName, payments.size(), reverseName);
        } catch (RuntimeException | IOException e) {
            log.warn("sandbox bank: refused {}: {}", fileName, e.getMessage());
            try {
                publish(fileName + ".error.txt", ("refused: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException inner) {
                log.warn("sandbox bank: could not write the error file for {}: {}", fileName, inner.getMessage());
            }
        } finally {
            try {
                if (Files.exists(file)) {
                    Files.move(file, root.resolve("processed").resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                log.warn("sandbox bank: could not move {} to processed: {}", fileName, e.getMessage());
            }
        }
    }

    /** The bank's decision: closed accounts (ending 000) are rejected, the rest paid with a fresh UTR. */
    SandboxOutcome decide(SandboxPayment p) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(IST));
        LocalDate valueDate = p.paymentDate() != null && p.paymentDate().isAfter(today) ? p.paymentDate() : today;
        if (p.accountNumber().endsWith("000")) {
            return new SandboxOutcome(p, false, null, "Account closed", valueDate);
        }
        if ("RTGS".equals(p.mode()) && p.amount().compareTo(new java.math.BigDecimal("200000")) < 0) {
            return new SandboxOutcome(p, false, null, "RTGS below minimum amount", valueDate);
        }
        return new SandboxOutcome(p, true, utr(p.mode(), valueDate, nextSequence()), null, valueDate);
    }

    /**
     * A UTR shaped like the real ones: NEFT 16 characters (bank code, N, yyDDD, 6-digit sequence), RTGS 22
     * (bank code, R, channel 5, yyyyMMdd, 8-digit sequence), IMPS a 12-digit RRN (yDDD, hour, 7-digit sequence).
     */
    static String utr(String mode, LocalDate on, long sequence) {
        return switch (mode) {
            case "RTGS" -> BANK_CODE + "R5" + on.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format(Locale.ROOT, "%08d", sequence % 100_000_000L);
            case "IMPS" -> (on.getYear() % 10) + String.format(Locale.ROOT, "%03d", on.getDayOfYear()) + "10"
                    + String.format(Locale.ROOT, "%06d", sequence % 1_000_000L);
            default -> BANK_CODE + "N" + String.format(Locale.ROOT, "%02d%03d", on.getYear() % 100, on.getDayOfYear())
                    + String.format(Locale.ROOT, "%06d", sequence % 1_000_000L);
        };
    }

    private long nextSequence() throws IOException {
        Path counter = settings.dataDir().resolve("utr-sequence");
        long next = Files.exists(counter) ? Long.parseLong(Files.readString(counter).trim()) + 1 : 1;
        Files.writeString(counter, Long.toString(next));
        return next;
    }

    private void publish(String name, byte[] content) throws IOException {
        Path outbox = root.resolve("outbox");
        Path partial = outbox.resolve(name + ".part");
        Files.write(partial, content);
        Files.move(partial, outbox.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String stripPgpSuffix(String name) {
        for (String suffix : List.of(".pgp", ".gpg", ".asc")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the data dir's own permissions apply
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }
}

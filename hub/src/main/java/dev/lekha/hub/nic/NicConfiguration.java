package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.InvoiceRegistrationPortal;
import dev.lekha.connectors.nic.NicClient;
import dev.lekha.connectors.nic.NicClientSettings;
import dev.lekha.connectors.nic.NicCredentialsSource;
import dev.lekha.connectors.nic.NicCrypto;
import dev.lekha.connectors.nic.SignedDocumentVerifier;
import dev.lekha.connectors.nic.sandbox.IrpSandbox;
import dev.lekha.connectors.nic.sandbox.IrpSandboxKeys;
import dev.lekha.connectors.nic.sandbox.IrpSandboxStore;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.NicApiCredentials;
import dev.lekha.domain.exchange.ExchangeRecorder;
import dev.lekha.domain.secrets.CredentialCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the IRP connector. Sandbox mode (the default): the hub serves its own IRP under
 * {@code /sandbox/nic/} (keys and registered IRNs under {@code lekha.nic.sandbox-dir}) and the client
 * talks to it over real HTTP on the hub's own port, with per-GSTIN credentials created on first use.
 * Live mode: {@code lekha.nic.base-url}, the IRP's public key and signing certificate from
 * {@code lekha.nic.public-key} / {@code lekha.nic.signing-certificate}, and credentials an operator stored.
 */
@Configuration
@EnableConfigurationProperties(NicSettings.class)
public class NicConfiguration {

    private final NicSettings settings;
    private final Path dataDir;

    public NicConfiguration(NicSettings settings, @Value("${lekha.data-dir:./data}") Path dataDir) {
        this.settings = settings;
        this.dataDir = dataDir;
    }

    private Path sandboxDir() {
        return settings.sandboxDir() != null ? settings.sandboxDir() : dataDir.resolve("sandbox").resolve("nic");
    }

    /** The hub's own IRP; also built in live mode (it answers only under /sandbox/nic, for trying payloads). */
    @Bean
    IrpSandbox irpSandbox(Clock clock) {
        Path dir = sandboxDir();
        return new IrpSandbox(IrpSandboxKeys.loadOrCreate(dir.resolve("keys")), clock,
                IrpSandboxStore.directory(dir.resolve("irns")), settings.sandboxTokenValidity());
    }

    @Bean
    CredentialCipher nicCredentialCipher() {
        return new CredentialCipher(NicCredentialsKey.resolve(settings, dataDir));
    }

    @Bean
    StoredNicCredentials storedNicCredentials(NicApiCredentials rows, CredentialCipher nicCredentialCipher,
                                              Clock clock) {
        return new StoredNicCredentials(rows, nicCredentialCipher, clock);
    }

    @Bean
    SignedDocumentVerifier irpSignatureVerifier(IrpSandbox sandbox) {
        X509Certificate certificate = settings.sandbox() ? sandbox.keys().signingCertificate()
                : NicCrypto.certificateFromPem(read(settings.signingCertificate(), "lekha.nic.signing-certificate"));
        return new SignedDocumentVerifier(certificate);
    }

    @Bean
    InvoiceRegistrationPortal invoiceRegistrationPortal(IrpSandbox sandbox, StoredNicCredentials stored,
                                                        NicApiCredentials rows, GstRegistrations registrations,
                                                        ExchangeRecorder recorder, Clock clock) {
        NicExchangeRecording recording = new NicExchangeRecording(recorder, registrations);
        if (settings.sandbox()) {
            SandboxNicCredentials credentials = new SandboxNicCredentials(stored, rows, registrations, sandbox);
            credentials.registerStored();
            return new LocalSandboxPortal(port -> new NicClient(new NicClientSettings(
                    URI.create("http://127.0.0.1:" + port + "/sandbox/nic"), settings.connectTimeout(),
                    settings.requestTimeout(), sandbox.keys().encryptionPublicKey()), credentials, clock, recording));
        }
        if (settings.baseUrl() == null) {
            throw new IllegalStateException("lekha.nic.mode=live needs lekha.nic.base-url (LEKHA_NIC_BASE_URL)");
        }
        NicCredentialsSource credentials = stored;
        return new NicClient(new NicClientSettings(settings.baseUrl(), settings.connectTimeout(),
                settings.requestTimeout(), NicCrypto.publicKeyFromPem(read(settings.publicKey(), "lekha.nic.public-key"))),
                credentials, clock, recording);
    }

    private static String read(Path path, String setting) {
        if (path == null) {
            throw new IllegalStateException("lekha.nic.mode=live needs " + setting + " (a PEM file)");
        }
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + setting + " " + path, e);
        }
    }
}

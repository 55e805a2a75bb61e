package dev.lekha.hub.gstportal;

import dev.lekha.connectors.gstportal.GstPortal;
import dev.lekha.connectors.gstportal.GstPortalClient;
import dev.lekha.connectors.gstportal.GstPortalClientSettings;
import dev.lekha.connectors.gstportal.GstPortalCrypto;
import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import dev.lekha.connectors.gstportal.sandbox.GstPortalSandboxKeys;
import dev.lekha.connectors.gstportal.sandbox.GstPortalSandboxSettings;
import dev.lekha.connectors.gstportal.sandbox.GstPortalSandboxStore;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.exchange.ExchangeRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the GST portal connector. Sandbox mode (the default): the hub serves its own portal under
 * {@code /sandbox/gst/} (keys, saved returns and served 2Bs under {@code lekha.gst-portal.sandbox-dir}) and the
 * {@link GstPortal} bean is the real client talking to it over HTTP on the hub's own port, with a client id and
 * secret made up at start. Live mode: {@code base-url}, GSTN's public key from {@code public-key}, and the client
 * id and secret from the environment.
 */
@Configuration
@EnableConfigurationProperties(GstPortalSettings.class)
public class GstPortalConfiguration {

    static final String SANDBOX_CLIENT_ID = "lekha-hub-sandbox";

    private final GstPortalSettings settings;
    private final Path dataDir;

    public GstPortalConfiguration(GstPortalSettings settings, @Value("${lekha.data-dir:./data}") Path dataDir) {
        this.settings = settings;
        this.dataDir = dataDir;
    }

    /** The hub's own portal; built in live mode too (it then only answers under /sandbox/gst, for trying payloads). */
    @Bean
    GstPortalSandbox gstPortalSandbox(Clock clock) {
        Path dir = settings.sandboxDir() != null ? settings.sandboxDir() : dataDir.resolve("sandbox").resolve("gst");
        GstPortalSandboxSettings defaults = GstPortalSandboxSettings.DEFAULT;
        return new GstPortalSandbox(GstPortalSandboxKeys.loadOrCreate(dir.resolve("keys")), clock,
                GstPortalSandboxStore.directory(dir), new GstPortalSandboxSettings(settings.sandboxOtp(),
                settings.sandboxOtp(), settings.sandboxTokenValidity(), defaults.otpValidity(), defaults.allowedRates()));
    }

    @Bean
    GstPortal gstPortal(GstPortalSandbox sandbox, ExchangeRecorder recorder, GstRegistrations registrations,
                        Clock clock) {
        GstPortalExchangeRecording recording = new GstPortalExchangeRecording(recorder, registrations);
        if (settings.sandbox()) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String clientSecret = HexFormat.of().formatHex(secret);
            sandbox.registerClient(SANDBOX_CLIENT_ID, clientSecret);
            return new LocalSandboxGstPortal(port -> new GstPortalClient(settings(
                    URI.create("http://127.0.0.1:" + port + "/sandbox/gst"), SANDBOX_CLIENT_ID, clientSecret,
                    sandbox.keys().publicKey()), clock, recording), sandbox);
        }
        if (settings.baseUrl() == null || settings.clientId() == null || settings.clientSecret() == null) {
            throw new IllegalStateException("lekha.gst-portal.mode=live needs lekha.gst-portal.base-url,"
                    + " LEKHA_GST_PORTAL_CLIENT_ID and LEKHA_GST_PORTAL_CLIENT_SECRET");
        }
        return new GstPortalClient(settings(settings.baseUrl(), settings.clientId(), settings.clientSecret(),
                GstPortalCrypto.publicKeyFromPem(readPublicKey())), clock, recording);
    }

    private GstPortalClientSettings settings(URI base, String clientId, String clientSecret,
                                             java.security.PublicKey key) {
        return new GstPortalClientSettings(base, clientId, clientSecret, key, settings.userIp(),
                settings.connectTimeout(), settings.requestTimeout(), settings.refreshBefore(),
                GstPortalClientSettings.RetrySettings.DEFAULT, GstPortalClientSettings.CircuitBreakerSettings.DEFAULT);
    }

    private String readPublicKey() {
        if (settings.publicKey() == null) {
            throw new IllegalStateException("lekha.gst-portal.mode=live needs lekha.gst-portal.public-key (GSTN's PEM)");
        }
        try {
            return Files.readString(settings.publicKey(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lekha.gst-portal.public-key " + settings.publicKey(), e);
        }
    }
}

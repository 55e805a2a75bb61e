package dev.lekha.hub.razorpay;

import dev.lekha.connectors.razorpay.RazorpayClient;
import dev.lekha.connectors.razorpay.RazorpayClientSettings;
import dev.lekha.connectors.razorpay.RazorpayUnavailableException;
import dev.lekha.connectors.razorpay.sandbox.RazorpaySandbox;
import dev.lekha.connectors.razorpay.sandbox.RazorpayWebhookSender;
import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.exchange.ExchangeRecorder;
import dev.lekha.routes.razorpay.RazorpayAccounts;
import dev.lekha.routes.razorpay.RazorpayConnection;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires Razorpay. Sandbox mode (the default): the hub serves its own Razorpay under {@code /sandbox/razorpay/}, the
 * client talks to it over real HTTP on the hub's own port with the sandbox's key, and the sandbox sends its signed
 * webhooks to the hub's {@code /webhooks/razorpay}. Live mode: {@code lekha.razorpay.base-url}, key id/secret and
 * webhook secret from configuration.
 */
@Configuration
@EnableConfigurationProperties(RazorpaySettings.class)
public class RazorpayConfiguration {

    private final RazorpaySettings settings;

    public RazorpayConfiguration(RazorpaySettings settings) {
        this.settings = settings;
    }

    private String sandboxKeyId() {
        return settings.sandbox() && settings.keyId() != null ? settings.keyId() : RazorpaySandbox.DEFAULT_KEY_ID;
    }

    private String sandboxKeySecret() {
        return settings.sandbox() && settings.keySecret() != null ? settings.keySecret() : RazorpaySandbox.DEFAULT_KEY_SECRET;
    }

    /** The hub's own Razorpay; also built in live mode (it answers only under /sandbox/razorpay). */
    @Bean
    RazorpaySandbox razorpaySandbox(Clock clock) {
        return new RazorpaySandbox(sandboxKeyId(), sandboxKeySecret(), settings.effectiveWebhookSecret(), clock,
                RazorpayWebhookSender.http());
    }

    @Bean
    RazorpayWebhookVerifier razorpayWebhookVerifier() {
        return new RazorpayWebhookVerifier(settings.effectiveWebhookSecret());
    }

    @Bean
    LocalRazorpay razorpayConnection(RazorpaySandbox sandbox, ExchangeRecorder recorder) {
        RazorpayExchangeRecording recording = new RazorpayExchangeRecording(recorder);
        if (settings.sandbox()) {
            return new LocalRazorpay(port -> {
                URI hub = URI.create("http://127.0.0.1:" + port);
                sandbox.webhooks(settings.sandboxWebhookUrl() != null ? settings.sandboxWebhookUrl()
                        : hub.resolve("/webhooks/razorpay"), false, false);
                return new RazorpayClient(clientSettings(hub.resolve("/sandbox/razorpay"), sandboxKeyId(), sandboxKeySecret()),
                        recording);
            });
        }
        if (settings.baseUrl() == null) {
            throw new IllegalStateException("lekha.razorpay.mode=live needs lekha.razorpay.base-url");
        }
        LocalRazorpay live = new LocalRazorpay(port -> null);
        live.client.set(new RazorpayClient(clientSettings(settings.baseUrl(), settings.keyId(), settings.keySecret()), recording));
        return live;
    }

    private RazorpayClientSettings clientSettings(URI base, String keyId, String keySecret) {
        return new RazorpayClientSettings(base, keyId, keySecret, settings.connectTimeout(), settings.requestTimeout(),
                new RazorpayClientSettings.RetrySettings(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff()),
                RazorpayClientSettings.CircuitBreakerSettings.DEFAULT);
    }

    @Bean
    RazorpayAccounts razorpayAccounts(Companies companies) {
        return new RazorpayAccounts() {
            @Override
            public Optional<Long> companyOf(String accountId) {
                String pan = accountId == null ? null : settings.accounts().get(accountId);
                return companyOfPan(pan != null ? pan : settings.companyPan());
            }

            @Override
            public Optional<Long> companyOfPan(String pan) {
                return pan == null || pan.isBlank() ? Optional.empty() : companies.findByPan(pan.strip()).map(Company::getId);
            }
        };
    }

    /**
     * The client, created once the web server knows its port in sandbox mode (tests run on a random one). Until
     * then calls fail as "Razorpay unavailable".
     */
    static final class LocalRazorpay implements RazorpayConnection, ApplicationListener<WebServerInitializedEvent> {

        private final java.util.function.IntFunction<RazorpayClient> clientForPort;
        private final AtomicReference<RazorpayClient> client = new AtomicReference<>();

        LocalRazorpay(java.util.function.IntFunction<RazorpayClient> clientForPort) {
            this.clientForPort = clientForPort;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (event.getApplicationContext().getServerNamespace() == null && client.get() == null) {
                client.set(clientForPort.apply(event.getWebServer().getPort()));
            }
        }

        @Override
        public RazorpayClient client() {
            RazorpayClient c = client.get();
            if (c == null) {
                throw new RazorpayUnavailableException("the sandbox Razorpay is not serving yet (the web server is starting)",
                        0, null, false, null);
            }
            return c;
        }
    }
}

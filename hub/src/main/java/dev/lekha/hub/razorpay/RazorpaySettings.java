package dev.lekha.hub.razorpay;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.razorpay.*}: the Razorpay connector and webhook.
 *
 * @param mode              {@code sandbox} (the hub's own Razorpay under {@code /sandbox/razorpay/}) or {@code live}
 * @param baseUrl           live: Razorpay's API root ({@code https://api.razorpay.com})
 * @param keyId             live: the API key id ({@code LEKHA_RAZORPAY_KEY_ID}); sandbox: the sandbox's key id
 * @param keySecret         live: the API key secret ({@code LEKHA_RAZORPAY_KEY_SECRET}); sandbox: the sandbox's secret
 * @param webhookSecret     the secret webhooks are signed with ({@code LEKHA_RAZORPAY_WEBHOOK_SECRET}); required in
 *                          live mode; sandbox default {@value #SANDBOX_WEBHOOK_SECRET}
 * @param connectTimeout    TCP connect timeout
 * @param requestTimeout    per attempt
 * @param maxAttempts       attempts per call on 429/5xx/timeouts (1..10)
 * @param initialBackoff    first backoff ceiling (doubles per attempt, full jitter)
 * @param maxBackoff        largest wait between attempts (also caps Retry-After)
 * @param companyPan        the company Razorpay events and reports belong to unless {@code accounts} says otherwise;
 *                          default the demo company's PAN
 * @param accounts          Razorpay account id ({@code acc_...}, the webhook's {@code account_id}) -> company PAN, for a
 *                          hub serving several companies with their own Razorpay accounts
 * @param sandboxWebhookUrl where the sandbox sends its webhooks; default the hub's own {@code /webhooks/razorpay}
 */
@ConfigurationProperties("lekha.razorpay")
public record RazorpaySettings(
        @DefaultValue("sandbox") String mode,
        URI baseUrl,
        String keyId,
        String keySecret,
        String webhookSecret,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration requestTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("8s") Duration maxBackoff,
        @DefaultValue("AAACL1234C") String companyPan,
        Map<String, String> accounts,
        URI sandboxWebhookUrl) {

    public static final String SANDBOX_WEBHOOK_SECRET = "lekha-sandbox-webhook-secret";

    public RazorpaySettings {
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
    }

    public boolean sandbox() {
        return !"live".equalsIgnoreCase(mode);
    }

    /** The webhook secret in force; live mode without one is a configuration error. */
    public String effectiveWebhookSecret() {
        if (webhookSecret != null && !webhookSecret.isBlank()) {
            return webhookSecret;
        }
        if (sandbox()) {
            return SANDBOX_WEBHOOK_SECRET;
        }
        throw new IllegalStateException("lekha.razorpay.mode=live needs lekha.razorpay.webhook-secret"
                + " (LEKHA_RAZORPAY_WEBHOOK_SECRET)");
    }

    @Override
    public String toString() {
        return "RazorpaySettings[mode=" + mode + ", baseUrl=" + baseUrl + ", keyId=" + keyId + ", companyPan=" + companyPan
                + ", accounts=" + accounts.keySet() + "]";
    }
}

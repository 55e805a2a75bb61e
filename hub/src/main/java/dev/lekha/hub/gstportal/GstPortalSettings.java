package dev.lekha.hub.gstportal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.gst-portal.*}: the GST portal (GSTN taxpayer API) connector.
 *
 * @param mode                 {@code sandbox} (the hub's own portal under {@code /sandbox/gst/}) or {@code live}
 * @param baseUrl              live: the API root (GSTN through your GSP), the {@code /taxpayerapi/…} paths are appended
 * @param publicKey            live: path of GSTN's public key PEM that encrypts app_key
 * @param clientId             live: the GSP/ASP client id ({@code LEKHA_GST_PORTAL_CLIENT_ID})
 * @param clientSecret         live: its secret ({@code LEKHA_GST_PORTAL_CLIENT_SECRET}); never logged
 * @param userIp               the {@code ip-usr} header sent with every call
 * @param connectTimeout       TCP connect timeout
 * @param requestTimeout       a call taking longer counts as timed out
 * @param refreshBefore        sessions are refreshed this long before they expire
 * @param sandboxDir           sandbox keys, saved returns and served 2Bs (default {@code <data-dir>/sandbox/gst})
 * @param sandboxOtp           the OTP (and EVC OTP) the sandbox accepts: GSTN's sandbox OTP by default
 * @param sandboxTokenValidity how long sandbox sessions live
 */
@ConfigurationProperties("lekha.gst-portal")
public record GstPortalSettings(
        @DefaultValue("sandbox") String mode,
        URI baseUrl,
        Path publicKey,
        String clientId,
        String clientSecret,
        @DefaultValue("127.0.0.1") String userIp,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("15m") Duration refreshBefore,
        Path sandboxDir,
        @DefaultValue("575757") String sandboxOtp,
        @DefaultValue("6h") Duration sandboxTokenValidity) {

    public boolean sandbox() {
        return !"live".equalsIgnoreCase(mode);
    }

    @Override
    public String toString() {
        return "GstPortalSettings[mode=" + mode + ", baseUrl=" + baseUrl + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "none" : "****") + "]";
    }
}

package dev.lekha.hub.nic;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lekha.nic.*}: the IRP connector.
 *
 * @param mode               {@code sandbox} (the hub's own IRP under {@code /sandbox/nic/}) or {@code live}
 * @param baseUrl            the IRP API root in live mode; in sandbox mode the hub's own sandbox is used
 * @param publicKey          live: path of the IRP's public key (PEM) that encrypts the login
 * @param signingCertificate live: path of the IRP's signing certificate (PEM) that signed invoices and QR codes
 *                           verify against (a different key from the public key)
 * @param credentialsKey     passphrase that encrypts the stored IRP credentials (at least 16 characters);
 *                           sandbox mode generates one under {@code <data-dir>/secrets} when not given
 * @param connectTimeout     TCP connect timeout of IRP calls
 * @param requestTimeout     how long an IRP call may take before it counts as timed out
 * @param sandboxDir         where the sandbox keeps its key pairs and registered IRNs (default {@code <data-dir>/sandbox/nic})
 * @param sandboxTokenValidity how long the sandbox's auth tokens live (the NIC sandbox: 60 minutes)
 */
@ConfigurationProperties("lekha.nic")
public record NicSettings(
        @DefaultValue("sandbox") String mode,
        URI baseUrl,
        Path publicKey,
        Path signingCertificate,
        String credentialsKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration requestTimeout,
        Path sandboxDir,
        @DefaultValue("60m") Duration sandboxTokenValidity) {

    public boolean sandbox() {
        return !"live".equalsIgnoreCase(mode);
    }
}

package dev.lekha.connectors.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook's HMAC-SHA256 signature over the raw request body, as Razorpay
 * ({@code X-Razorpay-Signature: <hex>}) and Meta ({@code X-Hub-Signature-256: sha256=<hex>}) send it.
 *
 * <p>Verify the exact bytes received, before any parsing: re-serialised JSON would not match.
 * Fails closed: a missing secret, signature or body never verifies. The comparison is
 * constant-time ({@link MessageDigest#isEqual}) so timing does not leak how much of a guess matched.
 */
public final class HmacSignatureVerifier {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final byte[] secret;

    /** @param secret the shared webhook secret; null or blank makes every verification fail */
    public HmacSignatureVerifier(String secret) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * True when {@code signature} is the HMAC-SHA256 of {@code rawBody} under the secret, given as
     * lowercase or uppercase hex, with or without a {@code sha256=} prefix.
     */
    public boolean verify(byte[] rawBody, String signature) {
        if (secret == null || rawBody == null || signature == null) {
            return false;
        }
        String hex = signature.trim();
        if (hex.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            hex = hex.substring(PREFIX.length());
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return given.length > 0 && MessageDigest.isEqual(sign(rawBody), given);
    }

    /** The HMAC-SHA256 of {@code rawBody} as lowercase hex (for senders and sandboxes). */
    public String signHex(byte[] rawBody) {
        if (secret == null) {
            throw new IllegalStateException("No webhook secret configured: cannot sign");
        }
        return HexFormat.of().formatHex(sign(rawBody));
    }

    private byte[] sign(byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}

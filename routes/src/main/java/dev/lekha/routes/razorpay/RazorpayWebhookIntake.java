package dev.lekha.routes.razorpay;

import dev.lekha.connectors.razorpay.RazorpayWebhookEvent;
import dev.lekha.domain.razorpay.WebhookEvents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a Razorpay webhook whose signature was verified: stores the raw body deduplicated by
 * {@code x-razorpay-event-id} and queues it for {@link RazorpayWebhookRoutes}, so the sender is answered at once.
 * Without an event id header the body's SHA-256 stands in for it (an identical body is the same event).
 */
@Component
public class RazorpayWebhookIntake {

    public static final String PROVIDER = "razorpay";

    /** What became of a delivery. */
    public enum Received { QUEUED, DUPLICATE }

    private final WebhookEvents events;
    private final RazorpayAccounts accounts;
    private final ProducerTemplate producer;

    public RazorpayWebhookIntake(WebhookEvents events, RazorpayAccounts accounts, ProducerTemplate producer) {
        this.events = events;
        this.accounts = accounts;
        this.producer = producer;
    }

    /**
     * @throws IllegalArgumentException when the body is not a Razorpay event (no {@code event}/{@code payload})
     */
    public Received receive(String eventId, byte[] rawBody) {
        RazorpayWebhookEvent event = RazorpayWebhookEvent.parse(rawBody);
        String id = eventId == null || eventId.isBlank() ? "sha256:" + sha256(rawBody) : eventId.strip();
        Long companyId = accounts.companyOf(event.accountId()).orElse(null);
        Optional<Long> stored = events.store(PROVIDER, id, event.event(), companyId,
                new String(rawBody, StandardCharsets.UTF_8));
        if (stored.isEmpty()) {
            return Received.DUPLICATE;
        }
        producer.asyncSendBody(RazorpayWebhookRoutes.QUEUE, stored.get());
        return Received.QUEUED;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

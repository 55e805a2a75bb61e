package dev.lekha.hub.razorpay;

import dev.lekha.domain.security.SecurityEventKind;
import dev.lekha.domain.security.SecurityEvents;
import dev.lekha.routes.razorpay.RazorpayWebhookIntake;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/razorpay}: the signature ({@code X-Razorpay-Signature}, hex HMAC-SHA256 of the raw body with
 * {@code lekha.razorpay.webhook-secret}) is checked before anything else; a missing or wrong one gets 401 and a
 * security event. Then the raw event is stored, deduplicated by {@code x-razorpay-event-id} (a duplicate gets 200
 * and changes nothing) and queued; the answer does not wait for the processing (Razorpay wants it within 5 s).
 */
@RestController
class RazorpayWebhookController {

    static final String PATH = "/webhooks/razorpay";

    private final RazorpayWebhookVerifier verifier;
    private final RazorpayWebhookIntake intake;
    private final SecurityEvents securityEvents;

    RazorpayWebhookController(RazorpayWebhookVerifier verifier, RazorpayWebhookIntake intake, SecurityEvents securityEvents) {
        this.verifier = verifier;
        this.intake = intake;
        this.securityEvents = securityEvents;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
                              @RequestHeader(value = "X-Razorpay-Signature", required = false) String signature,
                              @RequestHeader(value = "x-razorpay-event-id", required = false) String eventId,
                              HttpServletRequest request) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!verifier.verify(raw, signature)) {
            String detail = signature == null || signature.isBlank() ? "no X-Razorpay-Signature header"
                    : "X-Razorpay-Signature does not match the body (" + raw.length + " bytes, event id " + eventId + ")";
            securityEvents.record(SecurityEventKind.BAD_WEBHOOK_SIGNATURE, PATH, detail, request.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Webhook signature missing or invalid"));
        }
        try {
            RazorpayWebhookIntake.Received received = intake.receive(eventId, raw);
            return ResponseEntity.ok(Map.of("status", received.name().toLowerCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException notAnEvent) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    notAnEvent.getMessage()));
        }
    }
}

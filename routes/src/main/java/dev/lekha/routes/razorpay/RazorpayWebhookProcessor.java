package dev.lekha.routes.razorpay;

import dev.lekha.connectors.razorpay.RazorpayWebhookEvent;
import dev.lekha.domain.razorpay.RazorpayPayments;
import dev.lekha.domain.razorpay.WebhookEvents;
import dev.lekha.mappings.razorpay.RazorpayEntities;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one stored Razorpay event in one transaction: the settlement, refund, then payment it carries (the payment
 * with the order's receipt when the event is {@code order.paid}), then marks it processed with the outcome. An
 * event that fails stays pending with the error noted and is tried again by the sweep.
 */
@Component
public class RazorpayWebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(RazorpayWebhookProcessor.class);

    private final WebhookEvents events;
    private final RazorpayPayments payments;
    private final RazorpayAccounts accounts;
    private final TransactionTemplate tx;

    public RazorpayWebhookProcessor(WebhookEvents events, RazorpayPayments payments, RazorpayAccounts accounts,
                                    TransactionTemplate tx) {
        this.events = events;
        this.payments = payments;
        this.accounts = accounts;
        this.tx = tx;
    }

    /** Processes the stored event {@code id}; an event already processed is left alone. */
    public void process(long id) {
        var stored = events.find(id).orElse(null);
        if (stored == null || stored.processed()) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> {
                RazorpayWebhookEvent event = RazorpayWebhookEvent.parse(stored.rawBody().getBytes(StandardCharsets.UTF_8));
                Long companyId = stored.companyId() != null ? stored.companyId()
                        : accounts.companyOf(event.accountId()).orElse(null);
                if (companyId == null) {
                    events.markProcessed(id, "IGNORED: no company for Razorpay account " + event.accountId()
                            + " (set lekha.razorpay.accounts or lekha.razorpay.company-pan)");
                    return;
                }
                List<String> outcome = new ArrayList<>();
                if (event.settlement() != null) {
                    outcome.add(payments.apply(companyId, RazorpayEntities.settlement(event.settlement())));
                }
                if (event.refund() != null) {
                    outcome.add(payments.apply(companyId, RazorpayEntities.refund(event.refund())));
                }
                if (event.payment() != null) {
                    String receipt = event.order() == null ? null : event.order().receipt();
                    outcome.add(payments.apply(companyId, RazorpayEntities.payment(event.payment(), receipt),
                            event.createdAt()).toString());
                }
                events.markProcessed(id, event.event() + ": " + (outcome.isEmpty() ? "nothing to apply" : String.join("; ", outcome)));
            });
        } catch (RuntimeException e) {
            log.warn("Razorpay webhook event {} ({}) failed and stays pending: {}", id, stored.eventType(), e.toString());
            events.markFailed(id, e.toString());
        }
    }
}

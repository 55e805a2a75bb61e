package dev.lekha.routes.razorpay;

import dev.lekha.domain.razorpay.WebhookEvents;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Processes stored Razorpay webhook events off the request thread: one at a time from an in-memory queue (so two
 * events of the same payment never race), plus a sweep every minute that queues events still pending after a
 * minute (lost from the in-memory queue by a restart, or failed earlier). The stored row is the durable queue.
 */
@Component
public class RazorpayWebhookRoutes extends RouteBuilder {

    static final String QUEUE = "seda:razorpay-webhook-events?size=10000";

    private final RazorpayWebhookProcessor processor;
    private final WebhookEvents events;

    public RazorpayWebhookRoutes(RazorpayWebhookProcessor processor, WebhookEvents events) {
        this.processor = processor;
        this.events = events;
    }

    @Override
    public void configure() {
        from(QUEUE).routeId("razorpay-webhook-events")
                .process(e -> processor.process(e.getIn().getMandatoryBody(Long.class)));

        from("timer:razorpay-webhook-sweep?delay=60000&period=60000").routeId("razorpay-webhook-sweep")
                .process(e -> e.getIn().setBody(events.pending(RazorpayWebhookIntake.PROVIDER, Duration.ofMinutes(1), 500)))
                .split(body())
                .to(QUEUE);
    }
}

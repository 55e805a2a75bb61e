package dev.lekha.routes.payment;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Payment files to and from the bank. {@code payment-batch-send} ({@value #SEND}; body: the batch id, header
 * {@code companyId}) writes, seals and uploads an approved batch's file; a failure is kept on the batch and given
 * back to the caller. {@code payment-ack-poll} looks at the bank's outbox every {@code lekha.banking.poll-interval}
 * while some batch awaits an answer.
 */
@Component
public class PaymentRoutes extends RouteBuilder {

    public static final String SEND = "direct:payment-batch-send";

    private final PaymentFileDelivery delivery;
    private final AcknowledgementPoll poll;
    private final BankLink bank;

    public PaymentRoutes(PaymentFileDelivery delivery, AcknowledgementPoll poll, BankLink bank) {
        this.delivery = delivery;
        this.poll = poll;
        this.bank = bank;
    }

    @Override
    public void configure() {
        from(SEND)
                .routeId("payment-batch-send")
                .process(exchange -> exchange.getMessage().setBody(delivery.send(
                        exchange.getMessage().getHeader("companyId", Long.class),
                        exchange.getMessage().getBody(Long.class))));

        long period = bank.pollInterval().toMillis();
        from("timer:payment-ack-poll?period=" + period + "&delay=" + period)
                .routeId("payment-ack-poll")
                .autoStartup(bank.pollEnabled())
                .onException(Exception.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "Bank acknowledgement poll failed, trying again at the next poll: ${exception.message}")
                .end()
                .process(exchange -> {
                    AcknowledgementPoll.PollResult result = poll.pollIfAwaiting();
                    if (!result.errors().isEmpty()) {
                        log.warn("bank acknowledgement files not applied: {}", result.errors());
                    }
                });
    }
}

package dev.lekha.routes.queues;

import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Base of every route builder that consumes a Lekha queue; declares the error handling once:
 *
 * <ul>
 * <li>{@link UnprocessableMessageException}: the message goes to {@code DLQ.<queue>} at once with the
 *     reason, no retries (retrying cannot fix it);</li>
 * <li>any other exception: the JMS transaction rolls back and the broker redelivers with backoff; at
 *     the last allowed delivery the consumer itself moves the message to {@code DLQ.<queue>} with the
 *     exception as the reason (the broker's dead-letter address remains the backstop).</li>
 * </ul>
 *
 * Dead-lettered messages carry the headers {@value #REASON}, {@value #ORIGINAL_QUEUE},
 * {@value #DEAD_LETTERED_AT} and {@value #DELIVERIES}.
 */
public abstract class QueueConsumerRoutes extends RouteBuilder {

    public static final String REASON = "lekhaDeadLetterReason";
    public static final String ORIGINAL_QUEUE = "lekhaOriginalQueue";
    public static final String DEAD_LETTERED_AT = "lekhaDeadLetteredAt";
    public static final String DELIVERIES = "lekhaDeliveries";
    static final String JMS_DELIVERY_COUNT = "JMSXDeliveryCount";
    static final String QUEUE = "lekhaQueue";

    protected final QueueSettings settings;

    protected QueueConsumerRoutes(QueueSettings settings) {
        this.settings = settings;
    }

    @Override
    public final void configure() {
        onException(UnprocessableMessageException.class)
                .handled(true)
                .process(exchange -> markDeadLetter(exchange, exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                        Exception.class).getMessage()))
                .log(LoggingLevel.WARN, "Dead-lettered message from ${header." + QUEUE + "} without retries: ${header."
                        + REASON + "}")
                .toD("jms:queue:" + LekhaQueues.DEAD_LETTER_PREFIX + "${header." + QUEUE + "}");

        onException(Exception.class)
                .onWhen(exchange -> deliveries(exchange) >= settings.maxDeliveries())
                .handled(true)
                .process(exchange -> {
                    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    markDeadLetter(exchange, "Failed " + deliveries(exchange) + " deliveries; last: "
                            + e.getClass().getName() + ": " + e.getMessage());
                })
                .log(LoggingLevel.ERROR, "Dead-lettered message from ${header." + QUEUE + "}: ${header." + REASON + "}")
                .toD("jms:queue:" + LekhaQueues.DEAD_LETTER_PREFIX + "${header." + QUEUE + "}");

        errorHandler(defaultErrorHandler().logStackTrace(false).logExhaustedMessageHistory(false)
                .retryAttemptedLogLevel(LoggingLevel.DEBUG));

        consumers();
    }

    /** Declares this builder's consumer routes, each starting with {@link #consume(String, String)}. */
    protected abstract void consumers();

    /**
     * Starts a transacted consumer route of {@code queue}: a failure rolls the message back for broker
     * redelivery, a dead letter is sent in the same JMS transaction as the message is consumed.
     */
    protected RouteDefinition consume(String queue, String routeId) {
        return from("jms:queue:" + LekhaQueues.requireKnown(queue) + "?transacted=true&concurrentConsumers="
                + settings.concurrentConsumers() + "&cacheLevelName=CACHE_CONSUMER")
                .routeId(routeId)
                .setHeader(QUEUE, constant(queue));
    }

    private static int deliveries(Exchange exchange) {
        Integer count = exchange.getIn().getHeader(JMS_DELIVERY_COUNT, Integer.class);
        return count == null ? 1 : count;
    }

    private static void markDeadLetter(Exchange exchange, String reason) {
        String truncated = reason == null ? "unknown" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        exchange.getIn().setHeader(REASON, truncated);
        exchange.getIn().setHeader(ORIGINAL_QUEUE, exchange.getIn().getHeader(QUEUE));
        exchange.getIn().setHeader(DEAD_LETTERED_AT, Instant.now().toString());
        exchange.getIn().setHeader(DELIVERIES, deliveries(exchange));
    }
}

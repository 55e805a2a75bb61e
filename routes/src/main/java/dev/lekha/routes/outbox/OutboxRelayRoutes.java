package dev.lekha.routes.outbox;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Runs the {@link OutboxRelay} every {@code lekha.outbox.poll-interval} (route {@code outbox-relay}). */
@Component
public class OutboxRelayRoutes extends RouteBuilder {

    private final OutboxRelay relay;
    private final OutboxSettings settings;

    public OutboxRelayRoutes(OutboxRelay relay, OutboxSettings settings) {
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "Outbox relay poll failed, retrying at the next poll: ${exception.message}");

        from("timer:outbox-relay?period=" + settings.pollInterval().toMillis() + "&delay="
                + settings.pollInterval().toMillis())
                .routeId("outbox-relay")
                .autoStartup(settings.enabled())
                .process(exchange -> relay.relayPending());
    }
}

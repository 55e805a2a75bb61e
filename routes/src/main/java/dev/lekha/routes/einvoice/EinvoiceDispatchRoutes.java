package dev.lekha.routes.einvoice;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Route {@code einvoice-dispatch}: every {@code lekha.einvoice.poll-interval}, sends the due pending
 * e-invoices to the IRP ({@link EinvoiceDispatcher}). The einvoice table is the work list, so nothing
 * depends on a message surviving: a document the intake stored is sent even after a crash or restart.
 */
@Component
public class EinvoiceDispatchRoutes extends RouteBuilder {

    private final EinvoiceDispatcher dispatcher;
    private final EinvoiceSettings settings;

    public EinvoiceDispatchRoutes(EinvoiceDispatcher dispatcher, EinvoiceSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "E-invoice dispatch failed, retrying at the next poll: ${exception.message}");

        from("timer:einvoice-dispatch?period=" + settings.pollInterval().toMillis() + "&delay="
                + settings.pollInterval().toMillis())
                .routeId("einvoice-dispatch")
                .autoStartup(settings.enabled())
                .process(exchange -> dispatcher.dispatchDue());
    }
}

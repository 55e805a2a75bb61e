package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.CancelIrnRequest;
import dev.lekha.connectors.nic.CancelledIrn;
import dev.lekha.connectors.nic.EwayBill;
import dev.lekha.connectors.nic.EwbByIrnRequest;
import dev.lekha.connectors.nic.GstinDetails;
import dev.lekha.connectors.nic.InvoiceRegistrationPortal;
import dev.lekha.connectors.nic.IrnDetails;
import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.IrpUnavailableException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The IRP client pointed at the hub's own sandbox: the real client over real HTTP, created once the web
 * server knows its port (tests run on a random one). Until then calls fail as "IRP unavailable", which the
 * dispatcher retries.
 */
class LocalSandboxPortal implements InvoiceRegistrationPortal, ApplicationListener<WebServerInitializedEvent> {

    private final IntFunction<InvoiceRegistrationPortal> clientForPort;
    private final AtomicReference<InvoiceRegistrationPortal> client = new AtomicReference<>();

    LocalSandboxPortal(IntFunction<InvoiceRegistrationPortal> clientForPort) {
        this.clientForPort = clientForPort;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            client.set(clientForPort.apply(event.getWebServer().getPort()));
        }
    }

    private InvoiceRegistrationPortal client() {
        InvoiceRegistrationPortal c = client.get();
        if (c == null) {
            throw new IrpUnavailableException("the sandbox IRP is not serving yet (the web server is starting)", false,
                    null);
        }
        return c;
    }

    @Override
    public IrnDetails generateIrn(String gstin, IrpInvoice invoice) {
        return client().generateIrn(gstin, invoice);
    }

    @Override
    public IrnDetails getByIrn(String gstin, String irn) {
        return client().getByIrn(gstin, irn);
    }

    @Override
    public IrnDetails getByDocument(String gstin, String documentType, String documentNumber, LocalDate documentDate) {
        return client().getByDocument(gstin, documentType, documentNumber, documentDate);
    }

    @Override
    public CancelledIrn cancelIrn(String gstin, CancelIrnRequest request) {
        return client().cancelIrn(gstin, request);
    }

    @Override
    public EwayBill generateEwayBill(String gstin, EwbByIrnRequest request) {
        return client().generateEwayBill(gstin, request);
    }

    @Override
    public GstinDetails gstinDetails(String gstin, String lookupGstin) {
        return client().gstinDetails(gstin, lookupGstin);
    }
}

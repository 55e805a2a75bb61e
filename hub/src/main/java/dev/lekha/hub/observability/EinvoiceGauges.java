package dev.lekha.hub.observability;

import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.invoice.EinvoiceStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code lekha_einvoices{status="PENDING"|"FAILED"|...}}: e-invoices per status, all companies, read at
 * each scrape — an alert on a growing PENDING (IRP down, credentials refused) or any FAILED.
 */
@Component
public class EinvoiceGauges implements MeterBinder {

    private final Einvoices einvoices;

    public EinvoiceGauges(Einvoices einvoices) {
        this.einvoices = einvoices;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (EinvoiceStatus status : EinvoiceStatus.values()) {
            if (status == EinvoiceStatus.NOT_APPLICABLE) {
                continue;
            }
            Gauge.builder("lekha.einvoices", einvoices, e -> e.countByStatus(status))
                    .description("E-invoices by status, all companies")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}

package dev.lekha.hub.gstportal;

import dev.lekha.connectors.gstportal.GstPortalExchange;
import dev.lekha.connectors.gstportal.GstPortalExchangeListener;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.exchange.ExchangeRecord;
import dev.lekha.domain.exchange.ExchangeRecorder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps every GST portal exchange (already without secrets) in the exchange log, as connector {@code gst-portal}. */
class GstPortalExchangeRecording implements GstPortalExchangeListener {

    static final String CONNECTOR = "gst-portal";

    private final ExchangeRecorder recorder;
    private final GstRegistrations registrations;
    private final Map<String, Long> companyOfGstin = new ConcurrentHashMap<>();

    GstPortalExchangeRecording(ExchangeRecorder recorder, GstRegistrations registrations) {
        this.recorder = recorder;
        this.registrations = registrations;
    }

    @Override
    public void exchanged(GstPortalExchange x) {
        Long companyId = x.gstin() == null ? null : companyOfGstin.computeIfAbsent(x.gstin(), gstin ->
                registrations.findByGstinAndActiveTrue(gstin).map(GstRegistration::getCompanyId).orElse(null));
        ExchangeRecord.Outcome outcome = switch (x.outcome()) {
            case SUCCESS -> ExchangeRecord.Outcome.SUCCESS;
            case TIMEOUT -> ExchangeRecord.Outcome.TIMEOUT;
            case FAILURE -> ExchangeRecord.Outcome.FAILURE;
        };
        recorder.record(new ExchangeRecord(companyId, CONNECTOR, x.operation().label(), ExchangeRecord.Direction.OUT,
                x.url(), x.requestJson(), x.responseJson(), x.httpStatus() == 0 ? null : x.httpStatus(),
                x.durationMillis(), outcome, x.error()));
    }
}
